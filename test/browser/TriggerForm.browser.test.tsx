import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ActionKitProvider, TriggerForm, type TriggerSubscription } from '../../src';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { mockSubscriptionSeeds, newTriggerLog, triggerHandlers } from '../msw/triggerHandlers';
import { TEST_TOKEN } from '../support/render';

const CREATED = 'SALESFORCE_TRIGGER_RECORD_CREATED';
const UPDATED = 'SALESFORCE_TRIGGER_RECORD_UPDATED';

function renderForm(ui: React.ReactElement, overrides: HttpHandler[] = []) {
  const log = newTriggerLog();
  const fetch = mockFetch([...overrides, ...triggerHandlers({}, log), ...actionKitHandlers()]);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={fetch} queryClient={queryClient}>
      <main>{ui}</main>
    </ActionKitProvider>,
  );
  return log;
}

function seed(type: string): TriggerSubscription {
  const { integration: _integration, ...subscription } = structuredClone(mockSubscriptionSeeds.find((s) => s.type === type)!);
  return subscription;
}

const seriousViolations = async () =>
  (await axe.run(document.body)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

async function pickRecordType(label: string) {
  await userEvent.click(await screen.findByRole('combobox', { name: 'Record type' }));
  await userEvent.click(await screen.findByRole('option', { name: label }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue(label));
}

test('axe, create mode: empty, invalid, subscribed and with the example payload shown', async () => {
  const log = renderForm(<TriggerForm trigger={CREATED} />);
  await screen.findByRole('form', { name: 'New Record' });
  expect(await seriousViolations()).toEqual([]);
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  await screen.findByText('Record type is required');
  expect(await seriousViolations()).toEqual([]);
  await pickRecordType('Opportunity');
  await userEvent.click(screen.getByRole('button', { name: 'Show example payload' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Example payload loaded: 1 record.'));
  expect(await seriousViolations()).toEqual([]);
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed. Status: Active.'));
  expect(log.subscribes).toEqual([{ integration: 'salesforce', type: CREATED, parameters: { recordType: 'Opportunity' } }]);
  expect(await seriousViolations()).toEqual([]);
});

test('axe, subscribe failing: the alert, with every value kept', async () => {
  const failing = http.post(`${MOCK_BASE_URL}/projects/:p/trigger-subscriptions`, () =>
    HttpResponse.json({ message: 'Salesforce is unavailable', status: 500, meta: { requestId: 'req-sub-500' } }, { status: 500 }),
  );
  renderForm(<TriggerForm trigger={CREATED} />, [failing]);
  await pickRecordType('Lead');
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500 · Request ID: req-sub-500');
  expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue('Lead');
  expect(await seriousViolations()).toEqual([]);
});

test('axe, edit mode: restored filter, confirmation open (focus on Cancel), and an ERRORED subscription', async () => {
  renderForm(
    <>
      <TriggerForm trigger={UPDATED} subscription={seed(UPDATED)} />
      <TriggerForm trigger={CREATED} subscription={seed(CREATED)} />
    </>,
  );
  const edit = await screen.findByRole('form', { name: 'Record Updated' });
  await within(edit).findByRole('group', { name: 'Only when' });
  const errored = await screen.findByRole('form', { name: 'New Record' });
  expect(within(errored).getByRole('alert')).toHaveTextContent('not queryable');
  expect(await seriousViolations()).toEqual([]);
  await userEvent.click(within(edit).getByRole('button', { name: 'Unsubscribe' }));
  const confirm = within(edit).getByRole('group', { name: 'Unsubscribe?' });
  await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  expect(await seriousViolations()).toEqual([]);
});

test('axe in the dark theme, edit mode with the confirmation open', async () => {
  document.body.dataset.akfTheme = 'dark';
  try {
    renderForm(<TriggerForm trigger={CREATED} subscription={seed(CREATED)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    await screen.findByRole('group', { name: 'Unsubscribe?' });
    expect(await seriousViolations()).toEqual([]);
  } finally {
    delete document.body.dataset.akfTheme;
  }
});
