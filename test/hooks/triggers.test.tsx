import { onlineManager, QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import {
  ActionKitError,
  ActionKitProvider,
  subscriptionPatch,
  useDeleteTriggerSubscription,
  useSubscribeTrigger,
  useTrigger,
  useTriggerExample,
  useTriggers,
  useTriggerSubscriptions,
  useUpdateTriggerSubscription,
} from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockSubscriptionSeeds } from '../msw/triggerHandlers';
import { TEST_TOKEN } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();
const SUBSCRIPTIONS = `${MOCK_BASE_URL}/projects/:p/trigger-subscriptions`;

const hostClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
function wrapper(queryClient = hostClient()) {
  return ({ children }: { children: ReactNode }) => (
    <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={queryClient}>
      {children}
    </ActionKitProvider>
  );
}

const seed = (type: string) => {
  const found = mockSubscriptionSeeds.find((s) => s.type === type);
  if (!found) throw new Error(`no seed ${type}`);
  return found;
};
const ids = (groups: Record<string, Array<{ id: string }>>) => Object.values(groups).flat().map((s) => s.id);

afterEach(() => onlineManager.setOnline(true));

describe('useTriggers / useTrigger', () => {
  test('useTriggers groups the definitions by integration and narrows the request to the integrations asked for', async () => {
    const all = renderHook(() => useTriggers(), { wrapper: wrapper() });
    await waitFor(() => expect(all.result.current.isSuccess).toBe(true));
    expect(Object.keys(all.result.current.triggers).sort()).toEqual(['hubspot', 'salesforce', 'slack']);
    expect(all.result.current.triggers.salesforce.map((t) => t.title)).toEqual(['New Record', 'Record Updated']);
    expect(all.result.current.errors).toEqual([]);

    const slack = renderHook(() => useTriggers({ integrations: ['slack'] }), { wrapper: wrapper() });
    await waitFor(() => expect(slack.result.current.isSuccess).toBe(true));
    expect(Object.keys(slack.result.current.triggers)).toEqual(['slack']);
    expect(mock.triggerLists.map((u) => u.searchParams.get('integrations'))).toEqual([null, 'slack']);
  });

  test('useTrigger finds one definition and its integration; two lookups share one list request', async () => {
    const { result } = renderHook(() => [useTrigger('SLACK_TRIGGER_APP_MENTIONED'), useTrigger('HUBSPOT_TRIGGER_CONTACT_CREATED')] as const, { wrapper: wrapper() });
    await waitFor(() => expect(result.current[1].trigger).toBeDefined());
    expect(result.current[0]).toMatchObject({ integration: 'slack', trigger: { title: 'App Mentioned', triggerModel: 'WEBHOOK' } });
    expect(result.current[1].integration).toBe('hubspot');
    expect(mock.triggerLists).toHaveLength(1);
  });

  test('useTrigger reports an unknown trigger as a notFound ActionKitError once the list loaded', async () => {
    const { result } = renderHook(() => useTrigger('SALESFORCE_TRIGGER_NOPE', { integration: 'salesforce' }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ActionKitError);
    expect(result.current.error).toMatchObject({ kind: 'notFound', status: 404 });
    expect(result.current.error?.message).toContain('SALESFORCE_TRIGGER_NOPE');
    expect(mock.triggerLists[0].searchParams.get('integrations')).toBe('salesforce');
  });
});

describe('subscription mutations', () => {
  test('subscribe sends exactly { integration, type, parameters } and answers the new subscription', async () => {
    const { result } = renderHook(() => useSubscribeTrigger(), { wrapper: wrapper() });
    let created: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      created = await result.current.mutateAsync({ integration: 'salesforce', type: 'SALESFORCE_TRIGGER_RECORD_CREATED', parameters: { recordType: 'Lead' } });
    });
    expect(mock.subscribes).toEqual([{ integration: 'salesforce', type: 'SALESFORCE_TRIGGER_RECORD_CREATED', parameters: { recordType: 'Lead' } }]);
    expect(created).toMatchObject({ type: 'SALESFORCE_TRIGGER_RECORD_CREATED', status: 'ACTIVE', parameters: { recordType: 'Lead' }, dateLastReceivedEvent: null });
    expect(created).not.toHaveProperty('webhookOverride');
  });

  test('webhookOverride is sent only when given', async () => {
    const { result } = renderHook(() => useSubscribeTrigger(), { wrapper: wrapper() });
    const webhookOverride = { url: 'https://hooks.example.com/slack', headers: { 'X-Workflow': 'wf_7' } };
    await act(async () => {
      await result.current.mutateAsync({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {}, webhookOverride });
    });
    expect(mock.subscribes).toEqual([{ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {}, webhookOverride }]);
    expect(result.current.data?.webhookOverride).toEqual(webhookOverride);
  });

  test('a value the integration rejects answers an ERRORED subscription with its error', async () => {
    const { result } = renderHook(() => ({ subscribe: useSubscribeTrigger(), errored: useTriggerSubscriptions({ status: 'ERRORED' }) }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.errored.isSuccess).toBe(true));
    await act(async () => {
      await result.current.subscribe.mutateAsync({ integration: 'salesforce', type: 'SALESFORCE_TRIGGER_RECORD_CREATED', parameters: { recordType: 'Legacy_Order__c' } });
    });
    expect(result.current.subscribe.data).toMatchObject({ status: 'ERRORED', error: expect.stringContaining('Legacy_Order__c') as string });
    await waitFor(() => expect(result.current.errored.subscriptions.salesforce).toHaveLength(2));
    expect(mock.subscriptionLists.at(-1)?.searchParams.get('status')).toBe('ERRORED');
  });

  test('a 500 on subscribe rejects with an ActionKitError carrying the status and request id', async () => {
    mock.server.use(http.post(SUBSCRIPTIONS, () => HttpResponse.json({ message: 'Salesforce is unavailable', status: 500, meta: { requestId: 'req-777' } }, { status: 500 })));
    const { result } = renderHook(() => useSubscribeTrigger(), { wrapper: wrapper() });
    let error: unknown;
    await act(async () => {
      error = await result.current.mutateAsync({ integration: 'salesforce', type: 'SALESFORCE_TRIGGER_RECORD_CREATED', parameters: { recordType: 'Lead' } }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ status: 500, requestId: 'req-777', message: 'Salesforce is unavailable' });
    await waitFor(() => expect(result.current.error?.requestId).toBe('req-777'));
  });

  test.each([
    ['subscribe', 'post', SUBSCRIPTIONS],
    ['update', 'patch', `${SUBSCRIPTIONS}/:id`],
    ['delete', 'delete', `${SUBSCRIPTIONS}/:id`],
    ['example', 'post', `${MOCK_BASE_URL}/projects/:p/triggers/examples`],
  ] as const)('%s is never retried, even under a host QueryClient with retry: 3', async (name, method, url) => {
    let requests = 0;
    mock.server.use(
      http[method](url, () => {
        requests++;
        return HttpResponse.json({ message: 'Bad gateway' }, { status: 502 });
      }),
    );
    const host = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 1 } } });
    const { result } = renderHook(
      () => ({ subscribe: useSubscribeTrigger(), update: useUpdateTriggerSubscription(), delete: useDeleteTriggerSubscription(), example: useTriggerExample() }),
      { wrapper: wrapper(host) },
    );
    const run = {
      subscribe: () => result.current.subscribe.mutateAsync({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {} }),
      update: () => result.current.update.mutateAsync({ id: 's1', parameters: {} }),
      delete: () => result.current.delete.mutateAsync({ id: 's1' }),
      example: () => result.current.example.mutateAsync({ type: 'SLACK_TRIGGER_APP_MENTIONED', integration: 'slack' }),
    }[name];
    await act(async () => {
      await run().catch(() => undefined);
    });
    await waitFor(() => expect(result.current[name].isError).toBe(true));
    expect(result.current[name].error?.status).toBe(502);
    expect(requests).toBe(1);
  });

  test('a subscribe is sent at once even when the host thinks it is offline (never paused to replay later)', async () => {
    onlineManager.setOnline(false);
    const { result } = renderHook(() => useSubscribeTrigger(), { wrapper: wrapper(new QueryClient()) });
    act(() => result.current.mutate({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {} }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.isPaused).toBe(false);
    expect(mock.subscribes).toHaveLength(1);
  });
});

describe('the subscriptions list follows every change', () => {
  const renderList = () =>
    renderHook(
      () => ({
        list: useTriggerSubscriptions(),
        subscribe: useSubscribeTrigger(),
        update: useUpdateTriggerSubscription(),
        remove: useDeleteTriggerSubscription(),
      }),
      { wrapper: wrapper() },
    );

  test('subscribe, update and delete each refresh it', async () => {
    const { result } = renderList();
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    expect(ids(result.current.list.subscriptions).sort()).toEqual(mockSubscriptionSeeds.map((s) => s.id).sort());

    let id = '';
    await act(async () => {
      id = (await result.current.subscribe.mutateAsync({ integration: 'hubspot', type: 'HUBSPOT_TRIGGER_CONTACT_CREATED', parameters: { additionalProperties: 'lifecyclestage' } })).id;
    });
    await waitFor(() => expect(result.current.list.subscriptions.hubspot?.map((s) => s.id)).toEqual([id]));

    await act(async () => {
      await result.current.update.mutateAsync({ id, parameters: { additionalProperties: 'hs_lead_status' } });
    });
    await waitFor(() => expect(result.current.list.subscriptions.hubspot?.[0].parameters).toEqual({ additionalProperties: 'hs_lead_status' }));

    await act(async () => {
      await result.current.remove.mutateAsync({ id });
    });
    await waitFor(() => expect(result.current.list.subscriptions.hubspot).toBeUndefined());
    expect(mock.subscriptionLists).toHaveLength(4);
  });

  test('an update built with subscriptionPatch removes a dropped dependent on the server', async () => {
    const opportunity = seed('SALESFORCE_TRIGGER_RECORD_UPDATED');
    expect(opportunity.parameters).toHaveProperty('filterFormula');
    const { result } = renderList();
    const next = { recordType: 'Account' };
    await act(async () => {
      await result.current.update.mutateAsync({ id: opportunity.id, parameters: subscriptionPatch(opportunity.parameters, next) });
    });
    expect(mock.updates).toEqual([{ id: opportunity.id, body: { parameters: { recordType: 'Account', filterFormula: null } } }]);
    expect(result.current.update.data?.parameters).toEqual(next);
    await waitFor(() => expect(result.current.list.subscriptions.salesforce?.find((s) => s.id === opportunity.id)?.parameters).toEqual(next));
  });

  test('delete answers the server\'s warning', async () => {
    const errored = seed('SALESFORCE_TRIGGER_RECORD_CREATED');
    expect(errored.status).toBe('ERRORED');
    const { result } = renderHook(() => useDeleteTriggerSubscription(), { wrapper: wrapper() });
    let answer: unknown;
    await act(async () => {
      answer = await result.current.mutateAsync({ id: errored.id });
    });
    expect(answer).toEqual({ success: true, warning: expect.stringMatching(/could not be cleaned up/) as string });
    expect(mock.deletes).toEqual([errored.id]);
  });
});

test('useTriggerExample returns the example records for the current parameters', async () => {
  const { result } = renderHook(() => useTriggerExample(), { wrapper: wrapper() });
  let records: Array<Record<string, unknown>> = [];
  await act(async () => {
    records = await result.current.mutateAsync({ type: 'SALESFORCE_TRIGGER_RECORD_CREATED', integration: 'salesforce', parameters: { recordType: 'Contact' } });
  });
  expect(mock.examples).toEqual([{ type: 'SALESFORCE_TRIGGER_RECORD_CREATED', integration: 'salesforce', parameters: { recordType: 'Contact' } }]);
  expect(records.map((r) => r.Email)).toEqual(['ada@acme.com', 'grace@acme.com']);
  expect(records[0]).toMatchObject({ Id: expect.any(String) as string, Name: 'Ada Lovelace', CreatedDate: expect.any(String) as string });

  await act(async () => {
    records = await result.current.mutateAsync({ type: 'SALESFORCE_TRIGGER_RECORD_CREATED', integration: 'salesforce', parameters: { recordType: 'Lead' } });
  });
  expect(records.map((r) => r.Company)).toEqual(['Bletchley Analytics']);
});
