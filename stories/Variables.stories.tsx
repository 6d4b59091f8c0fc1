import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { ActionForm, type ParagonInput, type Parameters, type Variable, type VariableRequest } from '../src';
import { MockActionKit } from './support/MockActionKit';

/** What an earlier "HubSpot: Get contact" step outputs, and the user's settings. */
const VARIABLES: Variable[] = [
  { value: '{{1.output.contact.firstname}}', label: 'First name', group: '1. HubSpot: Get contact', description: 'The contact’s first name', type: 'string', example: 'Ada' },
  { value: '{{1.output.contact.lastname}}', label: 'Last name', group: '1. HubSpot: Get contact', type: 'string', example: 'Lovelace' },
  { value: '{{1.output.contact.email}}', label: 'Email', group: '1. HubSpot: Get contact', type: 'string', example: 'ada@example.com' },
  { value: '{{1.output.contact.company}}', label: 'Company', group: '1. HubSpot: Get contact', type: 'string' },
  { value: '{{1.output.contact.employees}}', label: 'Number of employees', group: '1. HubSpot: Get contact', type: 'number' },
  { value: '{{settings.owner}}', label: 'Owner', group: 'User settings', description: 'The account owner chosen in the integration settings' },
  { value: '{{settings.channel}}', label: 'Default channel', group: 'User settings' },
  { value: '{{settings.website}}', label: 'Website', group: 'User settings', type: 'string' },
];

/** A `variables` function as a host backed by its own API would write it: slow, searched on the server. */
const searchVariables = ({ search, signal }: VariableRequest) =>
  new Promise<Variable[]>((resolve, reject) => {
    const timer = setTimeout(() => resolve(VARIABLES.filter((v) => `${v.label} ${v.value}`.toLowerCase().includes(search.toLowerCase()))), 700);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

interface VariablesStoryProps {
  inputs: ParagonInput[];
  /** `async`: the variables come from a slow function instead of a list. */
  source?: 'list' | 'async' | 'none';
}

/** An ActionForm (save mode) whose fields offer the sample variables; the Parameters panel shows the literal tokens. */
function VariablesStory({ inputs, source = 'list' }: VariablesStoryProps) {
  const [parameters, setParameters] = useState<Parameters>({});
  return (
    <MockActionKit latency={300}>
      <div style={{ maxWidth: 560 }}>
        <ActionForm
          schema={{ name: 'STORY_VARIABLES', title: 'Step configuration', inputs }}
          integration="storybook"
          variables={source === 'list' ? VARIABLES : source === 'async' ? searchVariables : undefined}
          onChange={setParameters}
          submitLabel="Save step"
          onSubmit={() => {}}
        />
        <pre aria-label="Parameters" style={{ marginTop: 16, fontSize: 12 }}>{JSON.stringify(parameters, null, 2)}</pre>
      </div>
    </MockActionKit>
  );
}

const meta = { title: 'Variables', component: VariablesStory } satisfies Meta<typeof VariablesStory>;
export default meta;
type Story = StoryObj<typeof meta>;

const message: ParagonInput = { id: 'message', type: 'TEXT', title: 'Message', required: true, placeholder: 'Hello {{1.output.contact.firstname}}' };
const OPEN = '{{{{'; // `{{` for user-event, where `{` starts a key name

/** Types `Hello {{fir` and inserts "First name" with Enter. */
export const Text: Story = {
  args: { inputs: [message] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: 'Message' });
    await userEvent.type(field, `Hello ${OPEN}fir`);
    const list = await screen.findByRole('listbox', { name: 'Variables' }); // portalled to the body
    await expect(within(list).getByRole('option', { name: 'First name' })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(field).toHaveValue('Hello {{1.output.contact.firstname}}');
    await expect(canvas.getByLabelText('Parameters')).toHaveTextContent('"message": "Hello {{1.output.contact.firstname}}"');
  },
};

/** Opens the list with the "Insert variable" button and picks "Owner" by clicking. */
export const Textarea: Story = {
  args: { inputs: [{ id: 'body', type: 'TEXTAREA', title: 'Body', lines: 4 }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: 'Body' });
    await userEvent.type(field, 'Assigned to ');
    await userEvent.click(canvas.getByRole('button', { name: 'Insert variable' }));
    const list = await screen.findByRole('listbox', { name: 'Variables' });
    await userEvent.click(within(list).getByRole('option', { name: 'Owner' }));
    await expect(field).toHaveValue('Assigned to {{settings.owner}}');
    await expect(field).toHaveFocus();
  },
};

export const NumberField: Story = {
  args: { inputs: [{ id: 'seats', type: 'NUMBER', title: 'Seats', subtitle: 'A number or a variable' }] },
  play: async ({ canvasElement }) => {
    const field = await within(canvasElement).findByRole('textbox', { name: 'Seats' });
    await userEvent.type(field, `${OPEN}employ{Tab}`);
    await expect(field).toHaveValue('{{1.output.contact.employees}}');
  },
};

export const EmailAndUrl: Story = {
  args: { inputs: [{ id: 'to', type: 'EMAIL', title: 'To' }, { id: 'site', type: 'URL', title: 'Website' }] },
};

/** Filter Value and pair Value take variables too; the `_NO_VARS` note and the password never do. */
export const FilterAndPairs: Story = {
  args: {
    inputs: [
      { id: 'filter', type: 'CONDITIONAL', title: 'Filter tickets', supportedKeys: ['status', 'subject', 'requester_email'], supportedOperators: ['$stringContains', '$stringExactlyMatches'] },
      { id: 'headers', type: 'EnumTextAreaPairInput', title: 'Custom fields', values: ['Owner', 'Source', 'Company'] },
      { id: 'note', type: 'TEXTAREA_NO_VARS', title: 'Internal note', lines: 2, subtitle: 'Literal text; variables are not allowed here.' },
      { id: 'secret', type: 'PASSWORD', title: 'API key' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pairs = await canvas.findByRole('group', { name: 'Custom fields' });
    const value = within(pairs).getByRole('textbox', { name: 'Value' });
    await userEvent.type(value, `${OPEN}company{Enter}`);
    await expect(value).toHaveValue('{{1.output.contact.company}}');
    const note = canvas.getByRole('textbox', { name: 'Internal note' });
    await userEvent.type(note, `${OPEN}`);
    await expect(screen.queryByRole('listbox', { name: 'Variables' })).not.toBeInTheDocument();
  },
};

/** The variables come from a slow function: "Loading variables…" shows, then the answer for the latest search. */
export const AsyncFunction: Story = {
  args: { inputs: [message], source: 'async' },
  play: async ({ canvasElement }) => {
    const field = await within(canvasElement).findByRole('textbox', { name: 'Message' });
    await userEvent.type(field, `Hi ${OPEN}own`);
    await expect(await screen.findByText('Loading variables…')).toBeVisible();
    const list = await screen.findByRole('listbox', { name: 'Variables' });
    await waitFor(() => expect(within(list).getByRole('option', { name: 'Owner' })).toBeVisible(), { timeout: 5000 });
    await userEvent.keyboard('{Enter}');
    await expect(field).toHaveValue('Hi {{settings.owner}}');
  },
};

/** Without `variables`: no button, no list; a hand-typed token is still sent verbatim. */
export const WithoutVariables: Story = { args: { inputs: [message], source: 'none' } };
