import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { TriggerForm, type TriggerFormHandle, type TriggerSubscription } from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockSubscriptionSeeds, mockTriggers } from '../msw/triggerHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();
const SUBSCRIPTIONS = `${MOCK_BASE_URL}/projects/:p/trigger-subscriptions`;
const CREATED = 'SALESFORCE_TRIGGER_RECORD_CREATED';
const UPDATED = 'SALESFORCE_TRIGGER_RECORD_UPDATED';

/** A seeded subscription without the mock's `integration` field, as the API answers it. */
function seed(type: string): TriggerSubscription {
  const { integration: _integration, ...subscription } = structuredClone(mockSubscriptionSeeds.find((s) => s.type === type)!);
  return subscription;
}
const definition = (type: string) => Object.values(mockTriggers).flat().find((t) => t.type === type)!;

/** Picks a record type in the "New Record" trigger's dynamic combobox. */
async function pickRecordType(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(await screen.findByRole('combobox', { name: 'Record type' }));
  await user.click(await screen.findByRole('option', { name: label }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue(label));
}

/** Picks a record type in the "Record Updated" trigger's Radix Select. */
async function selectRecordType(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(await screen.findByRole('combobox', { name: 'Record type' }));
  await user.click(await screen.findByRole('option', { name: label }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveTextContent(label));
}

describe('create mode', () => {
  test('loads the trigger by type, then Subscribe sends exactly { integration, type, parameters } and announces the status', async () => {
    const onSubscribed = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} onSubscribed={onSubscribed} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading trigger…');
    expect(await screen.findByRole('form', { name: 'New Record' })).toBeInTheDocument();
    await pickRecordType(user, 'Opportunity');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed. Status: Active.'));
    expect(log.subscribes).toEqual([{ integration: 'salesforce', type: CREATED, parameters: { recordType: 'Opportunity' } }]);
    expect(onSubscribed).toHaveBeenCalledWith(expect.objectContaining({ type: CREATED, status: 'ACTIVE', parameters: { recordType: 'Opportunity' } }));
    // the form now holds that subscription: a second submit updates it instead of subscribing twice
    expect(screen.getByRole('button', { name: 'Update subscription' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unsubscribe' })).toBeInTheDocument();
  });

  test('a double click on Subscribe sends one request', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let posts = 0;
    log.server.use(
      http.post(SUBSCRIPTIONS, async () => {
        posts++;
        await gate;
        return undefined; // then the stateful mock answers
      }),
    );
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} />);
    await pickRecordType(user, 'Lead');
    await user.dblClick(screen.getByRole('button', { name: 'Subscribe' }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(screen.getByRole('button', { name: 'Subscribe' })).toBeDisabled();
    release();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed.'));
    expect(posts).toBe(1);
    expect(log.subscribes).toHaveLength(1);
  });

  test('a host remounting the form while Subscribe is in flight cannot subscribe twice', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let posts = 0;
    log.server.use(
      http.post(SUBSCRIPTIONS, async () => {
        posts++;
        await gate;
        return undefined; // then the stateful mock answers
      }),
    );
    const user = userEvent.setup();
    const ref = createRef<TriggerFormHandle>();
    const { rerender } = renderWithProvider(<TriggerForm key="a" trigger={CREATED} defaultValues={{ recordType: 'Lead' }} />);
    await user.click(await screen.findByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(posts).toBe(1));
    rerender(<TriggerForm key="b" ref={ref} trigger={CREATED} defaultValues={{ recordType: 'Lead' }} />); // remounted by the host
    const again = await screen.findByRole('button', { name: 'Subscribe' });
    expect(again).toBeDisabled();
    await act(() => ref.current!.submit());
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Subscribe' })).toBeEnabled());
    expect(posts).toBe(1);
  });

  test('a missing required parameter blocks Subscribe: no request, a message, focus on the field', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} />);
    await user.click(await screen.findByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Record type is required')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveFocus();
    expect(log.subscribes).toEqual([]);
  });

  test('a 500 on subscribe shows the alert with status and request id, keeps every value, and the next click succeeds', async () => {
    log.server.use(http.post(SUBSCRIPTIONS, () => HttpResponse.json({ message: 'Salesforce is unavailable', status: 500, meta: { requestId: 'req-sub-500' } }, { status: 500 }), { once: true }));
    const onError = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} onError={onError} />);
    await pickRecordType(user, 'Contact');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The subscription could not be created.');
    expect(alert).toHaveTextContent('Salesforce is unavailable');
    expect(alert).toHaveTextContent('HTTP 500 · Request ID: req-sub-500');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 500 }));
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue('Contact');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed. Status: Active.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(log.subscribes.at(-1)).toEqual({ integration: 'salesforce', type: CREATED, parameters: { recordType: 'Contact' } });
  });

  test('an accepted subscription that the integration rejects is shown as ERRORED with its error', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} />);
    await pickRecordType(user, 'Legacy Order');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed. Status: Errored.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Legacy_Order__c is not queryable');
  });

  test('webhookOverride is sent with the subscription', async () => {
    const webhookOverride = { url: 'https://hooks.example.com/wf-1', headers: { 'X-Workflow': 'wf-1' } };
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} webhookOverride={webhookOverride} />);
    await pickRecordType(user, 'Case');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(log.subscribes).toEqual([{ integration: 'salesforce', type: CREATED, parameters: { recordType: 'Case' }, webhookOverride }]));
  });

  test('save mode hands the parameters to onSubmit and subscribes nothing', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm schema={definition('HUBSPOT_TRIGGER_CONTACT_CREATED')} integration="hubspot" onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Additional properties' }), 'lifecyclestage');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(onSubmit).toHaveBeenCalledWith({ additionalProperties: 'lifecyclestage' });
    expect(log.subscribes).toEqual([]);
  });
});

describe('edit mode', () => {
  test('restores the subscription; switching to a record type without a filter PATCHes the change and `null` for the dropped filter', async () => {
    const subscription = seed(UPDATED);
    const onSubscribed = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={UPDATED} subscription={subscription} onSubscribed={onSubscribed} />);
    expect(await screen.findByRole('combobox', { name: 'Record type' })).toHaveTextContent('Opportunity');
    const filter = screen.getByRole('group', { name: 'Only when' });
    expect(within(filter).getByRole('textbox', { name: 'Value' })).toHaveValue('Closed Won');
    await selectRecordType(user, 'Account');
    await user.click(screen.getByRole('button', { name: 'Update subscription' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscription updated. Status: Active.'));
    expect(log.updates).toEqual([{ id: subscription.id, body: { parameters: { recordType: 'Account', filterFormula: null } } }]);
    expect(log.subscribes).toEqual([]);
    expect(onSubscribed).toHaveBeenCalledWith(expect.objectContaining({ id: subscription.id, parameters: { recordType: 'Account' } }));
  }, 20_000); // Radix Select picks in jsdom are slow on a shared 2-core machine

  test('an edit that keeps the filter sends only the changed keys', async () => {
    const subscription = seed(UPDATED);
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={UPDATED} subscription={subscription} />);
    const value = within(await screen.findByRole('group', { name: 'Only when' })).getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'Closed Lost');
    await user.click(screen.getByRole('button', { name: 'Update subscription' }));
    await waitFor(() => expect(log.updates).toHaveLength(1));
    const sent = log.updates[0]!.body as { parameters: Record<string, unknown> };
    expect(Object.keys(sent.parameters)).toEqual(['filterFormula']);
    expect(JSON.stringify(sent.parameters.filterFormula)).toContain('Closed Lost');
  });

  test('an ERRORED subscription shows its error in an alert', async () => {
    renderWithProvider(<TriggerForm trigger={CREATED} subscription={seed(CREATED)} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This subscription is not receiving events.');
    expect(alert).toHaveTextContent('Salesforce rejected the subscription: the object Legacy_Order__c is not queryable for this user.');
  });

  test('Unsubscribe asks first (Cancel sends nothing), then DELETEs, shows the warning and calls onUnsubscribed', async () => {
    const subscription = seed(CREATED); // ERRORED: the mock answers its delete with a warning
    const onUnsubscribed = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} subscription={subscription} onUnsubscribed={onUnsubscribed} />);
    await user.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    let confirm = screen.getByRole('group', { name: 'Unsubscribe?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Unsubscribe?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unsubscribe' })).toHaveFocus();
    expect(log.deletes).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    confirm = screen.getByRole('group', { name: 'Unsubscribe?' });
    await user.click(within(confirm).getByRole('button', { name: 'Unsubscribe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Unsubscribed.'));
    expect(screen.getByRole('status')).toHaveTextContent('its listener could not be cleaned up');
    expect(log.deletes).toEqual([subscription.id]);
    expect(onUnsubscribed).toHaveBeenCalledWith(subscription.id);
    expect(screen.getByText('Unsubscribed.', { exact: false })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Subscribe' })).toBeInTheDocument();
  });

  test('a failed DELETE shows why, returns focus to Unsubscribe and keeps the subscription', async () => {
    log.server.use(http.delete(`${SUBSCRIPTIONS}/:id`, () => HttpResponse.json({ message: 'Upstream timeout', status: 502, meta: { requestId: 'req-del-1' } }, { status: 502 })));
    const onUnsubscribed = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={UPDATED} subscription={seed(UPDATED)} onUnsubscribed={onUnsubscribed} />);
    await user.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    await user.click(within(screen.getByRole('group', { name: 'Unsubscribe?' })).getByRole('button', { name: 'Unsubscribe' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The subscription could not be removed.');
    expect(alert).toHaveTextContent('HTTP 502 · Request ID: req-del-1');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unsubscribe' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Update subscription' })).toBeInTheDocument();
    expect(onUnsubscribed).not.toHaveBeenCalled();
  });

  test('disabled: controls and every button are disabled, nothing is sent', async () => {
    renderWithProvider(<TriggerForm trigger={UPDATED} subscription={seed(UPDATED)} disabled />);
    expect(await screen.findByRole('button', { name: 'Update subscription' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Show example payload' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Unsubscribe' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Record type' })).toBeDisabled();
  });

  test('Escape closes the confirmation without deleting', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={UPDATED} subscription={seed(UPDATED)} />);
    await user.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Unsubscribe?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unsubscribe' })).toHaveFocus();
    expect(log.deletes).toEqual([]);
  });

  test('a host that keeps the subscription in state keeps the form (and its messages) through subscribe and unsubscribe', async () => {
    const user = userEvent.setup();
    function Host() {
      const [subscription, setSubscription] = useState<TriggerSubscription>();
      return <TriggerForm trigger={CREATED} subscription={subscription} onSubscribed={setSubscription} onUnsubscribed={() => setSubscription(undefined)} />;
    }
    renderWithProvider(<Host />);
    await pickRecordType(user, 'Task');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed. Status: Active.'));
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue('Task');
    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    await user.click(within(screen.getByRole('group', { name: 'Unsubscribe?' })).getByRole('button', { name: 'Unsubscribe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Unsubscribed.'));
    expect(log.deletes).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue('Task');
  });
});

describe('example payload', () => {
  test('"Show example payload" posts the current parameters, shows the records and hands them to onExample', async () => {
    const onExample = vi.fn();
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} onExample={onExample} />);
    await pickRecordType(user, 'Contact');
    await user.click(screen.getByRole('button', { name: 'Show example payload' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Example payload loaded: 2 records.'));
    expect(log.examples).toEqual([{ type: CREATED, integration: 'salesforce', parameters: { recordType: 'Contact' } }]);
    expect(screen.getByText('Example payload', { selector: 'summary' }).closest('details')).toHaveTextContent('Ada Lovelace');
    expect(screen.getByRole('status')).not.toHaveTextContent('Ada Lovelace'); // the payload stays out of the live region
    expect(onExample).toHaveBeenCalledWith([expect.objectContaining({ Name: 'Ada Lovelace' }), expect.objectContaining({ Name: 'Grace Hopper' })]);
    expect(log.subscribes).toEqual([]);
  });

  test('a failed example request shows why and keeps the form', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm trigger={CREATED} />);
    await user.click(await screen.findByRole('button', { name: 'Show example payload' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The example payload could not be loaded.');
    expect(alert).toHaveTextContent('"recordType" is required to load example records.');
  });
});

describe('load states', () => {
  test('an unknown trigger type says it was not found', async () => {
    renderWithProvider(<TriggerForm trigger="NOPE_TRIGGER" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trigger not found.');
    expect(alert).toHaveTextContent('Trigger "NOPE_TRIGGER" was not found');
  });

  test('a 401 shows the session alert with Retry', async () => {
    log.server.use(http.get(`${MOCK_BASE_URL}/projects/:p/triggers`, () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })));
    renderWithProvider(<TriggerForm trigger={CREATED} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired or is not authorized.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  test('a trigger with no parameters says no inputs are needed and still subscribes', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TriggerForm schema={{ type: 'SLACK_TRIGGER_APP_MENTIONED', triggerModel: 'WEBHOOK', title: 'App Mentioned', parameters: [] }} integration="slack" />);
    expect(screen.getByText('No inputs needed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(log.subscribes).toEqual([{ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {} }]));
  });

  test('`schema` without `integration` explains what is missing instead of a form that cannot subscribe', () => {
    renderWithProvider(<TriggerForm schema={definition(CREATED)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Pass `integration` with `schema`');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});

test('the ref handle validates, submits and reads the parameters', async () => {
  const ref = { current: null as TriggerFormHandle | null };
  const user = userEvent.setup();
  renderWithProvider(<TriggerForm ref={ref} trigger={CREATED} hideSubmit />);
  await screen.findByRole('form', { name: 'New Record' });
  expect(screen.queryByRole('button', { name: 'Subscribe' })).not.toBeInTheDocument();
  await pickRecordType(user, 'Account');
  expect(ref.current!.getParameters()).toEqual({ recordType: 'Account' });
  await expect(ref.current!.validate()).resolves.toBe(true);
  // a host button clicked twice in one tick: still one request
  await Promise.all([ref.current!.submit(), ref.current!.submit()]);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Subscribed.'));
  expect(log.subscribes).toEqual([{ integration: 'salesforce', type: CREATED, parameters: { recordType: 'Account' } }]);
});
