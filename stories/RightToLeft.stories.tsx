import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, within } from 'storybook/test';
import { ActionForm } from '../src';
import { RTL_ACTION, RTL_VALUES } from '../test/fixtures/rtlAction';
import { MockActionKit } from './support/MockActionKit';

/**
 * The form in a right-to-left page (`dir="rtl"` on a host element): the layout mirrors, chevrons and
 * clear buttons on the left, a pair's Value left of its Key, and popups follow the direction.
 */
const meta = {
  title: 'ActionForm/Right to left',
  component: ActionForm,
  args: { schema: RTL_ACTION, integration: 'acme', defaultValues: RTL_VALUES },
  decorators: [
    (Story) => (
      <MockActionKit>
        <div dir="rtl" style={{ maxWidth: 640 }}>
          <Story />
        </div>
      </MockActionKit>
    ),
  ],
} satisfies Meta<typeof ActionForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Mirrored: Story = {};

/** A side panel 380 px wide: filter and pair rows stack. */
export const NarrowPanel: Story = {
  decorators: [(Story) => <div style={{ width: 380 }}><Story /></div>],
};

export const ListOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('combobox', { name: 'Stage' }));
    const listbox = await screen.findByRole('listbox', { name: 'Stage' });
    await expect(getComputedStyle(listbox).direction).toBe('rtl');
  },
};
