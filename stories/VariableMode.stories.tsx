import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ActionForm, type ParagonAction, type Variable } from '../src';
import { MockActionKit } from './support/MockActionKit';

/**
 * "Use a variable" on dropdowns and switches, and `{{` completions in CODE: the form's `variables`
 * are the outputs of an earlier step (grouped by step) and the user's settings.
 */
const variables: Variable[] = [
  { value: '{{1.output.contact.id}}', label: 'Contact ID', group: '1. HubSpot: Get contact', description: 'HubSpot record id' },
  { value: '{{1.output.contact.firstname}}', label: 'First name', group: '1. HubSpot: Get contact' },
  { value: '{{1.output.contact.email}}', label: 'Email', group: '1. HubSpot: Get contact' },
  { value: '{{1.output.contact.hs_lead_status}}', label: 'Lead status', group: '1. HubSpot: Get contact' },
  { value: '{{settings.owner}}', label: 'Owner', group: 'User settings', description: 'The record owner chosen in your settings' },
  { value: '{{settings.notify}}', label: 'Notify me', group: 'User settings', type: 'boolean' },
];

const ticket: ParagonAction = {
  name: 'ACME_CREATE_TICKET',
  title: 'Create ticket',
  inputs: [
    { id: 'priority', title: 'Priority', type: 'ENUM', required: true, values: [{ value: 'low', label: 'Low' }, { value: 'high', label: 'High' }] },
    { id: 'notify', title: 'Notify the owner', type: 'SWITCH' },
    { id: 'payload', title: 'Payload', type: 'CODE', language: 'json' },
  ],
};

const meta = {
  title: 'Variable mode',
  component: ActionForm,
  args: { schema: ticket, integration: 'acme', variables, onChange: fn(), onSuccess: fn() },
  decorators: [
    (Story) => (
      <MockActionKit latency={100}>
        <div style={{ maxWidth: 640 }}>
          <Story />
        </div>
      </MockActionKit>
    ),
  ],
} satisfies Meta<typeof ActionForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The "Use a variable" toggle of the field labelled `title`. */
const toggleOf = (canvasElement: HTMLElement, title: string) => {
  const field = within(canvasElement).getByText(title, { selector: 'label' }).closest<HTMLElement>('.akf-field');
  return within(field as HTMLElement).getByRole('button', { name: 'Use a variable' });
};

export const Enum: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Priority' }));
    await userEvent.click(await within(document.body).findByRole('option', { name: 'High' }));
    const toggle = toggleOf(canvasElement, 'Priority');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // `{{` is a literal `{` in userEvent's syntax
    await userEvent.type(canvas.getByRole('textbox', { name: 'Priority' }), '{{{{1.output.contact.hs_lead_status}}');
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ priority: '{{1.output.contact.hs_lead_status}}' })));
    // back to the dropdown: the earlier choice returns
    await userEvent.click(toggle);
    await expect(canvas.getByRole('combobox', { name: 'Priority' })).toHaveTextContent('High');
  },
};

export const DynamicEnum: Story = {
  args: { schema: undefined, action: 'SLACK_SEND_DIRECT_MESSAGE', integration: undefined },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('combobox', { name: 'Recipient' }, { timeout: 15_000 });
    await userEvent.click(toggleOf(canvasElement, 'Recipient'));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Recipient' }), '{{{{1.output.contact.id}}');
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ memberId: '{{1.output.contact.id}}' })));
  },
};

export const Switch: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('switch', { name: 'Notify the owner' })).toBeInTheDocument();
    await userEvent.click(toggleOf(canvasElement, 'Notify the owner'));
    await expect(canvas.queryByRole('switch', { name: 'Notify the owner' })).toBeNull();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Notify the owner' }), '{{{{settings.notify}}');
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ notify: '{{settings.notify}}' })));
  },
};

/** A saved step whose dropdown and switch hold tokens reopens in variable mode, showing them. */
export const RestoredTokens: Story = {
  args: { defaultValues: { priority: '{{settings.owner}}', notify: '{{settings.notify}}', payload: { to: '{{1.output.contact.email}}' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Priority' })).toHaveValue('{{settings.owner}}');
    await expect(canvas.getByRole('textbox', { name: 'Notify the owner' })).toHaveValue('{{settings.notify}}');
    await expect(toggleOf(canvasElement, 'Priority')).toHaveAttribute('aria-pressed', 'true');
  },
};

/** CODE: typing `{{` in the editor offers the variables; typing narrows the list, choosing one inserts the token. */
export const Code: Story = {
  args: { defaultValues: { priority: 'low' } },
  play: async ({ canvasElement, args }) => {
    const field = within(canvasElement).getByText('Payload', { selector: 'label' }).closest<HTMLElement>('.akf-field') as HTMLElement;
    await waitFor(() => expect(field.querySelector('.monaco-editor .view-lines')).not.toBeNull(), { timeout: 45_000 });
    await userEvent.click(field.querySelector('.monaco-editor .view-lines') as HTMLElement);
    const labels = () => [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row .label-name')].map((el) => el.textContent);
    await userEvent.keyboard('{{"to": "{{{{');
    await waitFor(() => expect(labels()).toContain('Email'));
    await userEvent.keyboard('ema');
    await waitFor(() => expect(labels()[0]).toBe('Email')); // Monaco's fuzzy match ranks it first
    // a click accepts it (Monaco ignores a synthetic Enter; the browser test presses a real one)
    await userEvent.click(document.querySelector('.suggest-widget.visible .monaco-list-row') as HTMLElement);
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ payload: { to: '{{1.output.contact.email}}' } })));
  },
};
