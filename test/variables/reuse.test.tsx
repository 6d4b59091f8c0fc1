import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { VariableTextInput } from '../../src/inputs/variables';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { VARIABLES } from './fixtures';

const log = setupMockActionKit();
const OPEN = '{{{{';

describe('VariableTextInput, the reusable textbox with the variable list', { timeout: 30_000 }, () => {
  test('as a host control it keeps the field name and wiring and takes variables; Run sends the token', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const schema: ParagonAction = { name: 'A', title: 'A', inputs: [{ id: 'subject', type: 'TEXT', title: 'Subject', subtitle: 'Shown to the customer', required: true }] };
    renderWithProvider(<ActionForm schema={schema} variables={VARIABLES} components={{ TEXT: VariableTextInput }} onChange={onChange} />);
    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    expect(subject).toHaveAccessibleDescription('Shown to the customer');
    expect(subject).toHaveAttribute('aria-required', 'true');
    await user.type(subject, `Re: ${OPEN}comp`);
    await user.keyboard('{Enter}');
    expect(subject).toHaveValue('Re: {{1.output.contact.company}}');
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Re: {{1.output.contact.company}}' });
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters).toEqual({ subject: 'Re: {{1.output.contact.company}}' });
  });

  test('the form focuses it when it is the first invalid field', async () => {
    const user = userEvent.setup();
    const schema: ParagonAction = { name: 'A', title: 'A', inputs: [{ id: 'subject', type: 'TEXT', title: 'Subject', required: true }] };
    renderWithProvider(<ActionForm schema={schema} variables={VARIABLES} components={{ TEXT: VariableTextInput }} />);
    await user.click(await screen.findByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Subject is required')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveFocus();
  });

  test('without variables it is a plain textbox', async () => {
    const user = userEvent.setup();
    const schema: ParagonAction = { name: 'A', title: 'A', inputs: [{ id: 'subject', type: 'TEXT', title: 'Subject' }] };
    renderWithProvider(<ActionForm schema={schema} components={{ TEXT: VariableTextInput }} />);
    await user.type(await screen.findByRole('textbox', { name: 'Subject' }), OPEN);
    expect(screen.queryByRole('listbox', { name: 'Variables' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert variable' })).not.toBeInTheDocument();
  });

  test("the filter's comma-separated list Value takes variables too", async () => {
    const user = userEvent.setup();
    const schema: ParagonAction = { name: 'F', title: 'F', inputs: [{ id: 'f', type: 'CONDITIONAL', title: 'Filter', supportedKeys: ['owner'], supportedOperators: ['$stringIsIn'] }] };
    renderWithProvider(<ActionForm schema={schema} variables={VARIABLES} />);
    const filter = await screen.findByRole('group', { name: 'Filter' });
    const field = within(filter).getByRole('combobox', { name: 'Field' });
    await user.click(field);
    await user.keyboard('owner{Enter}');
    const value = within(filter).getByRole('textbox', { name: 'Value' });
    await user.type(value, `me, ${OPEN}owner`);
    expect(screen.getByRole('listbox', { name: 'Variables' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(value).toHaveValue('me, {{settings.owner}}');
    expect(screen.queryByRole('listbox', { name: 'Variables' })).not.toBeInTheDocument();
  });
});
