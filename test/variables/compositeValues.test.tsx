import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { VARIABLES } from './fixtures';

const log = setupMockActionKit();
const OPEN = '{{{{';
const list = () => screen.getByRole('listbox', { name: 'Variables' });

const schema: ParagonAction = {
  name: 'ZENDESK_SEARCH_TICKETS',
  title: 'Search Tickets',
  inputs: [
    { id: 'ticketFilter', type: 'CONDITIONAL', title: 'Filter tickets', supportedKeys: ['status', 'subject'], supportedOperators: ['$stringContains', '$numberGreaterThan'] },
    { id: 'headers', type: 'EnumTextAreaPairInput', title: 'Headers', values: ['Accept', 'X-Owner'] },
  ],
};

describe('variables in composite controls', { timeout: 30_000 }, () => {
  test("the filter's Value takes a variable from the list and from the button; Run sends the token", async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} variables={VARIABLES} />);
    const filter = await screen.findByRole('group', { name: 'Filter tickets' });
    const fieldBox = within(filter).getByRole('combobox', { name: 'Field' });
    await user.click(fieldBox);
    await user.click(within(document.getElementById(fieldBox.getAttribute('aria-controls') ?? '') as HTMLElement).getByRole('option', { name: 'subject' }));
    await user.selectOptions(within(filter).getByRole('combobox', { name: 'Operator' }), 'contains');
    const value = within(filter).getByRole('textbox', { name: 'Value' });
    await user.type(value, `${OPEN}comp`);
    await user.keyboard('{Enter}');
    expect(value).toHaveValue('{{1.output.contact.company}}');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters.ticketFilter).toEqual({
      operator: 'OR',
      conditions: [{ operator: 'AND', conditions: [{ field: 'subject', operator: '$stringContains', value: '{{1.output.contact.company}}' }] }],
    });
  });

  test('a number Value takes a token (it is a text box while the form has variables)', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} variables={VARIABLES} />);
    const filter = await screen.findByRole('group', { name: 'Filter tickets' });
    await user.selectOptions(within(filter).getByRole('combobox', { name: 'Operator' }), 'greater than');
    const value = within(filter).getByRole('textbox', { name: 'Value' });
    await user.click(within(value.closest('.akf-vartext') as HTMLElement).getByRole('button', { name: 'Insert variable' }));
    await user.click(within(list()).getByRole('option', { name: 'Owner' }));
    expect(value).toHaveValue('{{settings.owner}}');
    expect(value).toHaveFocus();
  });

  test("the pair input's Value takes a variable; the Key stays a plain combobox", async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} variables={VARIABLES} />);
    const pairs = await screen.findByRole('group', { name: 'Headers' });
    expect(within(pairs).getAllByRole('button', { name: 'Insert variable' })).toHaveLength(1);
    const key = within(pairs).getByRole('combobox', { name: 'Key' });
    await user.click(key);
    await user.click(within(document.getElementById(key.getAttribute('aria-controls') ?? '') as HTMLElement).getByRole('option', { name: 'X-Owner' }));
    const value = within(pairs).getByRole('textbox', { name: 'Value' });
    await user.type(value, `by ${OPEN}owner`);
    await user.keyboard('{Tab}');
    expect(value).toHaveValue('by {{settings.owner}}');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters.headers).toEqual({ 'X-Owner': 'by {{settings.owner}}' });
  });

  test('without variables neither Value has a button and {{ opens nothing', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} />);
    const pairs = await screen.findByRole('group', { name: 'Headers' });
    await user.type(within(pairs).getByRole('textbox', { name: 'Value' }), OPEN);
    expect(screen.queryByRole('listbox', { name: 'Variables' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: 'Insert variable' })).toEqual([]);
  });
});
