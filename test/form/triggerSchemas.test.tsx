import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ActionForm, triggerAsAction } from '../../src';
import { mockTriggers } from '../msw/triggerHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

// The fixture triggers, through triggerAsAction, on today's renderer: what TriggerForm will build on.
const log = setupMockActionKit();
const schemaOf = (type: string) => triggerAsAction(Object.values(mockTriggers).flat().find((t) => t.type === type)!);

test('HubSpot: a parameter titled only by `label` is a textbox named by it', async () => {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schemaOf('HUBSPOT_TRIGGER_CONTACT_CREATED')} integration="hubspot" onSubmit={onSubmit} />);
  await user.type(screen.getByRole('textbox', { name: 'Additional properties' }), 'lifecyclestage');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ additionalProperties: 'lifecyclestage' }));
});

test('Salesforce "Record Updated": Lead reveals the "Only when" filter, Account does not', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schemaOf('SALESFORCE_TRIGGER_RECORD_UPDATED')} integration="salesforce" onSubmit={vi.fn()} />);
  await user.click(screen.getByRole('combobox', { name: 'Record type' }));
  await user.click(await screen.findByRole('option', { name: 'Lead' }));
  expect(await screen.findByRole('group', { name: 'Only when' })).toBeInTheDocument();
  await user.click(screen.getByRole('combobox', { name: 'Record type' }));
  await user.click(await screen.findByRole('option', { name: 'Account' }));
  await waitFor(() => expect(screen.queryByRole('group', { name: 'Only when' })).not.toBeInTheDocument());
}, 20_000); // two Radix Select picks in jsdom are slow on a shared 2-core machine

test('Salesforce "New Record": record types load from the options mock', async () => {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schemaOf('SALESFORCE_TRIGGER_RECORD_CREATED')} integration="salesforce" onSubmit={onSubmit} />);
  await user.click(await screen.findByRole('combobox', { name: 'Record type' }));
  expect(await screen.findByRole('group', { name: 'Custom objects' })).toBeInTheDocument();
  await user.click(screen.getByRole('option', { name: 'Contact' }));
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ recordType: 'Contact' }));
  expect(log.options[0]).toMatchObject({ action: 'salesforce', sourceKey: 'triggerSobjectTypes' });
});
