import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ActionKitError, createActionKitClient } from '../../src/api';
import { fakeJwt, setupRequestLog } from './helpers';

const BASE = 'https://actionkit.useparagon.com/projects/proj-1';
const TOKEN = fakeJwt({ sub: 'user-1' });
const { server, seen } = setupRequestLog();

const client = (credentialId?: string) => createActionKitClient({ projectId: 'proj-1', token: TOKEN, credentialId });

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

const definition = (type: string) => ({ type, triggerModel: 'POLLING', title: type, description: 'd', parameters: [{ id: 'recordType', type: 'ENUM', title: 'Record type', values: ['Lead'] }] });
const subscription = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'SALESFORCE_TRIGGER_RECORD_CREATED',
  parameters: { recordType: 'Lead' },
  status: 'ACTIVE',
  dateCreated: '2026-11-20T10:00:00.000Z',
  dateLastReceivedEvent: null,
  credentialId: 'cred-1',
  ...extra,
});
const serverError = { message: 'Could not reach Salesforce', code: '41070', status: 500, meta: { requestId: 'req-777' } };

describe('listTriggers', () => {
  it('GETs /triggers with the token and credential, integrations comma-joined', async () => {
    server.use(http.get(`${BASE}/triggers`, () => HttpResponse.json({ triggers: { salesforce: [definition('SALESFORCE_TRIGGER_RECORD_CREATED')] } })));
    const list = await client('cred-9').listTriggers();
    expect(list).toEqual({ triggers: { salesforce: [definition('SALESFORCE_TRIGGER_RECORD_CREATED')] }, errors: [] });
    expect(seen[0].method).toBe('GET');
    expect(seen[0].url).toBe(`${BASE}/triggers`);
    expect(seen[0].headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(seen[0].headers.get('X-Paragon-Credential')).toBe('cred-9');
    await client().listTriggers({ integrations: ['salesforce', 'slack'] });
    expect(seen[1].url).toBe(`${BASE}/triggers?integrations=salesforce,slack`);
    await client().listTriggers({ integrations: [] });
    expect(seen[2].url).toBe(`${BASE}/triggers`);
  });

  it('skips malformed definitions with a reported error and repairs what it can', async () => {
    server.use(
      http.get(`${BASE}/triggers`, () =>
        HttpResponse.json({
          triggers: { salesforce: [definition('A'), { title: 'no type' }, 'junk', { type: 'B', parameters: 'nope' }], slack: 'not a list' },
          errors: ['HubSpot fields failed to load'],
        }),
      ),
    );
    const list = await client().listTriggers();
    expect(list.triggers).toEqual({ salesforce: [definition('A'), { type: 'B', title: 'B', triggerModel: '', parameters: [] }] });
    expect(list.errors.map((e) => e.message)).toEqual(['HubSpot fields failed to load', 'Skipped 2 malformed triggers of salesforce.']);
    expect(list.errors[1].integration).toBe('salesforce');
  });

  it('rejects bodies that are not a JSON object with kind invalidResponse', async () => {
    server.use(http.get(`${BASE}/triggers`, () => HttpResponse.html('<html>login</html>')));
    expect(await rejection(client().listTriggers())).toMatchObject({ kind: 'invalidResponse' });
    server.use(http.get(`${BASE}/triggers`, () => HttpResponse.json(['a'])));
    expect(await rejection(client().listTriggers())).toMatchObject({ kind: 'invalidResponse' });
  });

  it('passes the signal: an aborted list rejects with the caller\'s abort', async () => {
    server.use(http.get(`${BASE}/triggers`, () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = rejection(client().listTriggers({}, { signal: controller.signal }));
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
  });
});

describe('subscribeTrigger', () => {
  it('POSTs exactly { integration, type, parameters } and reads the subscription', async () => {
    server.use(http.post(`${BASE}/trigger-subscriptions`, () => HttpResponse.json(subscription('sub-1'))));
    const created = await client().subscribeTrigger({ integration: 'salesforce', type: 'SALESFORCE_TRIGGER_RECORD_CREATED', parameters: { recordType: 'Lead' } });
    expect(created).toEqual(subscription('sub-1'));
    expect(seen[0].method).toBe('POST');
    expect(seen[0].url).toBe(`${BASE}/trigger-subscriptions`);
    expect(seen[0].headers.get('Content-Type')).toBe('application/json');
    expect(await seen[0].text()).toBe('{"integration":"salesforce","type":"SALESFORCE_TRIGGER_RECORD_CREATED","parameters":{"recordType":"Lead"}}');
  });

  it('sends webhookOverride when given', async () => {
    server.use(http.post(`${BASE}/trigger-subscriptions`, () => HttpResponse.json(subscription('sub-1'))));
    const webhookOverride = { url: 'https://hooks.example.com/in', headers: { 'X-Workflow': 'wf_1' }, metadata: { workflowId: 'wf_1' } };
    await client().subscribeTrigger({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {}, webhookOverride });
    expect(await seen[0].json()).toEqual({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters: {}, webhookOverride });
  });

  it('a 500 rejects with an ActionKitError carrying status, code and request id', async () => {
    server.use(http.post(`${BASE}/trigger-subscriptions`, () => HttpResponse.json(serverError, { status: 500 })));
    const error = await rejection(client().subscribeTrigger({ integration: 'salesforce', type: 'T', parameters: {} }));
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ kind: 'server', status: 500, code: '41070', requestId: 'req-777', message: 'Could not reach Salesforce' });
  });

  it.each<[number, object, string]>([
    [401, { message: 'Unauthorized' }, 'unauthorized'],
    [403, { message: 'Forbidden' }, 'forbidden'],
    [404, { message: 'Trigger not found' }, 'notFound'],
    [400, { message: 'Integration not enabled for user.' }, 'notConnected'],
    [429, { message: 'Too many requests' }, 'rateLimited'],
  ])('HTTP %i rejects with kind per SPEC', async (status, body, kind) => {
    server.use(http.post(`${BASE}/trigger-subscriptions`, () => HttpResponse.json(body, { status })));
    expect(await rejection(client().subscribeTrigger({ integration: 'salesforce', type: 'T', parameters: {} }))).toMatchObject({ kind, status });
  });

  it('never puts the token in the error it shows, even when the server echoes it', async () => {
    server.use(http.post(`${BASE}/trigger-subscriptions`, () => HttpResponse.json({ message: `Bad token ${TOKEN}` }, { status: 400 })));
    const error = (await rejection(client().subscribeTrigger({ integration: 'salesforce', type: 'T', parameters: {} }))) as ActionKitError;
    expect(error.message).not.toContain(TOKEN);
    expect(seen[0].url).not.toContain(TOKEN);
  });

  it('an answer that is not a subscription rejects with invalidResponse; an object error becomes text', async () => {
    server.use(http.post(`${BASE}/trigger-subscriptions`, () => HttpResponse.json({ ok: true })));
    expect(await rejection(client().subscribeTrigger({ integration: 'salesforce', type: 'T', parameters: {} }))).toMatchObject({ kind: 'invalidResponse' });
    server.use(
      http.post(`${BASE}/trigger-subscriptions`, () =>
        HttpResponse.json({ id: 42, type: 'T', error: { message: 'Object not queryable' }, parameters: 'junk', webhookOverride: { headers: {} } }),
      ),
    );
    expect(await client().subscribeTrigger({ integration: 'salesforce', type: 'T', parameters: {} })).toEqual({
      id: '42',
      type: 'T',
      parameters: {},
      status: 'ERRORED',
      error: 'Object not queryable',
      dateCreated: '',
      dateLastReceivedEvent: null,
      credentialId: '',
    });
  });
});

describe('listTriggerSubscriptions', () => {
  it('GETs /trigger-subscriptions with the filters it was given', async () => {
    server.use(http.get(`${BASE}/trigger-subscriptions`, () => HttpResponse.json({ triggers: {} })));
    await client().listTriggerSubscriptions();
    expect(seen[0].url).toBe(`${BASE}/trigger-subscriptions`);
    await client().listTriggerSubscriptions({ integrations: ['salesforce', 'slack'], status: 'ERRORED', type: 'SLACK_TRIGGER_APP_MENTIONED' });
    expect(new URL(seen[1].url).search).toBe('?integrations=salesforce,slack&status=ERRORED&type=SLACK_TRIGGER_APP_MENTIONED');
    await client().listTriggerSubscriptions({ type: 'A&B=C' });
    expect(new URL(seen[2].url).searchParams.get('type')).toBe('A&B=C');
    expect(seen.every((r) => r.method === 'GET')).toBe(true);
  });

  it('reads subscriptions per integration from the `triggers` key and reports unreadable ones', async () => {
    server.use(
      http.get(`${BASE}/trigger-subscriptions`, () =>
        HttpResponse.json({ triggers: { salesforce: [subscription('s1'), { type: 'no id' }, subscription('s2', { status: 'ERRORED', error: 'Boom' })], slack: [] } }),
      ),
    );
    const list = await client().listTriggerSubscriptions();
    expect(list.subscriptions).toEqual({ salesforce: [subscription('s1'), subscription('s2', { status: 'ERRORED', error: 'Boom' })], slack: [] });
    expect(list.errors).toMatchObject([{ message: 'Skipped 1 malformed subscription of salesforce.', integration: 'salesforce' }]);
  });
});

describe('updateTriggerSubscription', () => {
  it('PATCHes the URL-encoded id with only the keys given, nulls included', async () => {
    server.use(http.patch(`${BASE}/trigger-subscriptions/:id`, () => HttpResponse.json(subscription('a/b c', { parameters: { recordType: 'Account' } }))));
    const updated = await client().updateTriggerSubscription('a/b c', { parameters: { recordType: 'Account', filterFormula: null } });
    expect(updated.parameters).toEqual({ recordType: 'Account' });
    expect(seen[0].method).toBe('PATCH');
    expect(seen[0].url).toBe(`${BASE}/trigger-subscriptions/a%2Fb%20c`);
    expect(await seen[0].json()).toEqual({ parameters: { recordType: 'Account', filterFormula: null } });
    await client().updateTriggerSubscription('s1', { webhookOverride: { url: 'https://hooks.example.com/new' } });
    expect(await seen[1].json()).toEqual({ webhookOverride: { url: 'https://hooks.example.com/new' } });
  });

  it('an unknown id rejects with notFound', async () => {
    server.use(http.patch(`${BASE}/trigger-subscriptions/:id`, () => HttpResponse.json({ message: 'Trigger subscription not found.' }, { status: 404 })));
    expect(await rejection(client().updateTriggerSubscription('nope', { parameters: {} }))).toMatchObject({ kind: 'notFound', status: 404 });
  });
});

describe('deleteTriggerSubscription', () => {
  it('DELETEs the URL-encoded id without a body and answers success and warning', async () => {
    server.use(http.delete(`${BASE}/trigger-subscriptions/:id`, () => HttpResponse.json({ success: true, warning: 'Webhook not removed' })));
    expect(await client().deleteTriggerSubscription('id#1')).toEqual({ success: true, warning: 'Webhook not removed' });
    expect(seen[0].method).toBe('DELETE');
    expect(seen[0].url).toBe(`${BASE}/trigger-subscriptions/id%231`);
    expect(await seen[0].text()).toBe('');
    expect(seen[0].headers.has('Content-Type')).toBe(false);
  });

  it('an empty 204 is a success; a body that is not JSON is invalidResponse', async () => {
    server.use(http.delete(`${BASE}/trigger-subscriptions/:id`, () => new HttpResponse(null, { status: 204 })));
    expect(await client().deleteTriggerSubscription('s1')).toEqual({ success: true });
    server.use(http.delete(`${BASE}/trigger-subscriptions/:id`, () => HttpResponse.text('deleted')));
    expect(await rejection(client().deleteTriggerSubscription('s1'))).toMatchObject({ kind: 'invalidResponse' });
  });
});

describe('triggerExamples', () => {
  it('POSTs { type, integration, parameters } to /triggers/examples and returns the records', async () => {
    const records = [{ Id: '0035e00000Bf3x1AAR', Name: 'Ada Lovelace', Email: 'ada@acme.com' }];
    server.use(http.post(`${BASE}/triggers/examples`, () => HttpResponse.json([...records, 'junk', null])));
    const request = { type: 'SALESFORCE_TRIGGER_RECORD_CREATED', integration: 'salesforce', parameters: { recordType: 'Contact' } };
    expect(await client().triggerExamples(request)).toEqual(records);
    expect(seen[0].method).toBe('POST');
    expect(seen[0].url).toBe(`${BASE}/triggers/examples`);
    expect(await seen[0].json()).toEqual(request);
    await client().triggerExamples({ type: 'SLACK_TRIGGER_APP_MENTIONED', integration: 'slack' });
    expect(await seen[1].json()).toEqual({ type: 'SLACK_TRIGGER_APP_MENTIONED', integration: 'slack' });
  });

  it('an answer that is not an array rejects with invalidResponse', async () => {
    server.use(http.post(`${BASE}/triggers/examples`, () => HttpResponse.json({ records: [] })));
    expect(await rejection(client().triggerExamples({ type: 'T', integration: 'slack' }))).toMatchObject({ kind: 'invalidResponse' });
  });
});
