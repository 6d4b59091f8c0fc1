import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, screen, userEvent, within } from 'storybook/test';
import type { ParagonInput } from '../../src';
import { MOCK_OPTIONS_BASE_URL } from '../../test/msw/actionKitHandlers';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = {
  id: 'memberId',
  type: 'DYNAMIC_ENUM',
  title: 'Recipient',
  subtitle: 'Defaults to the authenticated user if not provided.',
  valuesSource: { sourceType: 'members', dependencies: [] },
};
const filled: unknown = 'U0101SYAC07';
const optionsUrl = `${MOCK_OPTIONS_BASE_URL}/projects/:projectId/sdk/actions`;

const meta = { title: 'Inputs/DYNAMIC_ENUM', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };

export const Loading: Story = {
  args: { handlers: [http.post(optionsUrl, () => new Promise<never>(() => {}))] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Recipient' }));
    await expect(await screen.findByText('Loading…') /* the list is portalled to the body */).toBeVisible();
  },
};

export const LoadError: Story = {
  args: { handlers: [http.post(optionsUrl, () => HttpResponse.json({ message: 'Slack API rate limited' }, { status: 400 }))] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Recipient' }));
    await expect(await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 })).toBeVisible();
  },
};
