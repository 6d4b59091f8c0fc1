import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ActionForm, TriggerForm, useMessages, type ParagonAction, type Variable } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

setupMockActionKit();

// The lazy controls bring their own English defaults; an override of any of their keys, given on the
// provider (far from the control) or on the form, must still reach them.
const filterSchema: ParagonAction = {
  name: 'ACME_FIND',
  title: 'Find',
  inputs: [{ id: 'where', title: 'Where', type: 'CONDITIONAL', supportedKeys: ['status'] }],
};
const textSchema: ParagonAction = { name: 'ACME_NOTE', title: 'Note', inputs: [{ id: 'message', title: 'Message', type: 'TEXT' }] };
const variables: Variable[] = [{ value: '{{1.output.name}}', label: 'Name' }];

describe('a host override of a lazy control key reaches that control', () => {
  test('filter builder: provider-level button and operator labels show; keys not overridden stay English', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={filterSchema} integration="acme" />, {
      messages: { addOrGroup: 'ODER-Gruppe hinzufügen', operator: 'Vergleich', operators: { $stringExactlyMatches: 'ist genau' } },
    });
    const filter = await screen.findByRole('group', { name: 'Where' });
    expect(within(filter).getByRole('button', { name: 'ODER-Gruppe hinzufügen' })).toBeInTheDocument();
    // a filter key nobody overrode
    expect(within(filter).getByRole('button', { name: 'Add condition' })).toBeInTheDocument();
    await user.click(within(filter).getByRole('combobox', { name: 'Vergleich' }));
    await user.click(await screen.findByRole('option', { name: 'ist genau' }));
    expect(within(filter).getByRole('combobox', { name: 'Vergleich' })).toHaveValue('ist genau');
    // an operator label nobody overrode
    await user.click(within(filter).getByRole('combobox', { name: 'Vergleich' }));
    expect(await screen.findByRole('option', { name: 'contains' })).toBeInTheDocument();
  });

  test('filter builder: the form wins over the provider, also for single operator labels', async () => {
    const user = userEvent.setup();
    renderWithProvider(
      <ActionForm schema={filterSchema} integration="acme" messages={{ addOrGroup: 'Gruppe', operators: { $stringContains: 'enthält' } }} />,
      { messages: { addOrGroup: 'ODER-Gruppe hinzufügen', operators: { $stringExactlyMatches: 'ist genau' } } },
    );
    const filter = await screen.findByRole('group', { name: 'Where' });
    expect(within(filter).getByRole('button', { name: 'Gruppe' })).toBeInTheDocument();
    await user.click(within(filter).getByRole('combobox', { name: 'Operator' }));
    expect(await screen.findByRole('option', { name: 'ist genau' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'enthält' })).toBeInTheDocument();
  });

  test('variables: a provider-level "Insert variable" name shows on the text field button, and follows new messages', async () => {
    const { rerender } = renderWithProvider(<ActionForm schema={textSchema} integration="acme" variables={variables} />, {
      messages: { insertVariable: 'Variable einfügen' },
    });
    expect(await screen.findByRole('button', { name: 'Variable einfügen' })).toBeInTheDocument();
    rerender(<ActionForm schema={textSchema} integration="acme" variables={variables} messages={{ insertVariable: 'Variable wählen' }} />);
    expect(await screen.findByRole('button', { name: 'Variable wählen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Variable einfügen' })).not.toBeInTheDocument();
  });

  test('TriggerForm: a provider-level submit label of the trigger area shows', async () => {
    renderWithProvider(<TriggerForm schema={{ type: 'SLACK_TRIGGER_APP_MENTIONED', triggerModel: 'WEBHOOK', title: 'App Mentioned', parameters: [] }} integration="slack" />, {
      messages: { subscribe: 'Abonnieren' },
    });
    expect(await screen.findByRole('button', { name: 'Abonnieren' })).toBeInTheDocument();
  });

  test('useMessages() gives a host control every key: its overrides and the English of every area', () => {
    const Probe = () => {
      const m = useMessages();
      return <p>{[m.runAction, m.subscribe, m.addCondition, m.insertVariable, m.operators.$stringContains, m.operators.$stringExactlyMatches].join(' | ')}</p>;
    };
    renderWithProvider(<Probe />, { messages: { subscribe: 'Abonnieren', operators: { $stringContains: 'enthält' } } });
    expect(screen.getByText('Run action | Abonnieren | Add condition | Insert variable | enthält | exactly matches')).toBeInTheDocument();
  });
});
