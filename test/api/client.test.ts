import { http, HttpResponse, delay } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionKitError, createActionKitClient, type ActionKitClientOptions } from '../../src/api';
import { fakeJwt, setupRequestLog } from './helpers';

const BASE = 'https://actionkit.useparagon.com/projects/proj-1';
const TOKEN = fakeJwt({ sub: 'user-1' });
const { server, seen } = setupRequestLog();
afterEach(() => {
  vi.unstubAllGlobals();
});

const client = (options: Partial<ActionKitClientOptions> = {}) =>
  createActionKitClient({ projectId: 'proj-1', token: TOKEN, ...options });

const action = (name: string) => ({ name, title: name, inputs: [] });

const fail = (body: string | object, status: number, headers: Record<string, string> = {}) =>
  typeof body === 'string' ? new HttpResponse(body, { status, headers }) : HttpResponse.json(body, { status, headers });

const rejection = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a rejection');
  },
  (error: unknown) => error,
);

describe('listActions', () => {
  it('reads the actions key and requests format=paragon', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: { slack: [action('SLACK_SEND_MESSAGE')] }, errors: [] })));
    const list = await client().listActions();
    expect(list).toEqual({ actions: { slack: [action('SLACK_SEND_MESSAGE')] }, errors: [] });
    expect(seen[0].method).toBe('GET');
    expect(seen[0].url).toBe(`${BASE}/actions?format=paragon`);
  });

  it('reads the tools key and tolerates a missing errors field', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ tools: { hubspot: [action('HUBSPOT_CREATE_RECORD')] } })));
    const list = await client().listActions();
    expect(list.actions).toEqual({ hubspot: [action('HUBSPOT_CREATE_RECORD')] });
    expect(list.errors).toEqual([]);
  });

  it('puts the filters in the query string', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {} })));
    await client().listActions({ integrations: ['salesforce', 'hubspot'], categories: ['crm'], limitToAvailable: false, reloadFields: true });
    const url = new URL(seen[0].url);
    expect(url.search).toBe('?format=paragon&integrations=salesforce,hubspot&categories=crm&limit_to_available=false&reload_fields=true');
    await client().listActions({ limitToAvailable: true, integrations: [] });
    expect(new URL(seen[1].url).search).toBe('?format=paragon&limit_to_available=true');
  });

  it('normalizes string and object errors and skips odd shapes without crashing', async () => {
    server.use(
      http.get(`${BASE}/actions`, () =>
        HttpResponse.json({
          actions: { slack: [action('SLACK_SEND_MESSAGE'), 'junk', null], jira: 'not a list', asana: { name: 'X' } },
          errors: ['Salesforce token expired', { message: 'HubSpot failed', integration: 'hubspot' }, { type: 'weird' }, null, 42],
        }),
      ),
    );
    const list = await client().listActions();
    expect(list.actions).toEqual({ slack: [action('SLACK_SEND_MESSAGE')] });
    expect(list.errors.slice(0, 4)).toEqual([
      { message: 'Salesforce token expired', raw: 'Salesforce token expired' },
      { message: 'HubSpot failed', integration: 'hubspot', raw: { message: 'HubSpot failed', integration: 'hubspot' } },
      { message: expect.any(String) as string, raw: { type: 'weird' }, unreadable: true },
      { message: '42', raw: 42 },
    ]);
    expect(list.errors[4]).toMatchObject({ integration: 'slack', message: 'Skipped 2 malformed actions of slack.', skipped: 2 });
    expect(list.errors).toHaveLength(5);
  });

  it('accepts errors keyed by integration', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {}, errors: { jira: 'Jira is down' } })));
    expect((await client().listActions()).errors).toEqual([{ message: 'Jira is down', integration: 'jira', raw: 'Jira is down' }]);
  });

  it('rejects a 2xx body that is not JSON with kind invalidResponse', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.html('<html>login</html>')));
    const error = await rejection(client().listActions());
    expect(error).toBeInstanceOf(ActionKitError);
    expect((error as ActionKitError).kind).toBe('invalidResponse');
    expect((error as ActionKitError).message).toBe('ActionKit sent a response that could not be read.');
  });

  it('rejects a JSON body that is not an object with kind invalidResponse', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json([1, 2])));
    expect(await rejection(client().listActions())).toMatchObject({ kind: 'invalidResponse' });
  });
});

describe('headers, token and URLs', () => {
  it('sends the Bearer token and X-Paragon-Credential, never the token in the URL', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {} })));
    await client({ credentialId: 'cred-9' }).listActions();
    expect(seen[0].headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(seen[0].headers.get('X-Paragon-Credential')).toBe('cred-9');
    expect(seen[0].url).not.toContain(TOKEN);
  });

  it('omits X-Paragon-Credential when no credential is set', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {} })));
    await client().listActions();
    expect(seen[0].headers.has('X-Paragon-Credential')).toBe(false);
  });

  it('calls the token function once per request', async () => {
    server.use(
      http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {} })),
      http.post(`${BASE}/tools`, () => HttpResponse.json({ ok: true })),
    );
    const token = vi.fn().mockReturnValueOnce('token-a').mockResolvedValueOnce('token-b');
    const c = client({ token });
    expect(token).not.toHaveBeenCalled();
    await c.listActions();
    await c.runAction('SLACK_SEND_MESSAGE', {});
    expect(token).toHaveBeenCalledTimes(2);
    expect(seen.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer token-a', 'Bearer token-b']);
  });

  it('uses a custom baseUrl (trailing slash dropped) and encodes the project id', async () => {
    server.use(http.get('https://proxy.test/actionkit/projects/my%20proj/actions', () => HttpResponse.json({ actions: {} })));
    await createActionKitClient({ projectId: 'my proj', token: 't', baseUrl: 'https://proxy.test/actionkit/' }).listActions();
    expect(seen[0].url).toBe('https://proxy.test/actionkit/projects/my%20proj/actions?format=paragon');
  });

  it('uses the fetch option when given', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => Response.json({ actions: {} }));
    await client({ fetch: fetchImpl }).listActions();
    expect(fetchImpl).toHaveBeenCalledOnce();
    expect(seen).toHaveLength(0);
  });

  it('looks the global fetch up at call time, not at creation', async () => {
    const c = client();
    const stub = vi.fn<typeof fetch>(async () => Response.json({ actions: { a: [] } }));
    vi.stubGlobal('fetch', stub);
    expect(await c.listActions()).toEqual({ actions: { a: [] }, errors: [] });
    expect(stub).toHaveBeenCalledOnce();
  });
});

describe('runAction', () => {
  it('POSTs { tool, parameters } as JSON to /tools', async () => {
    server.use(http.post(`${BASE}/tools`, () => HttpResponse.json({ ok: true, ts: '1.2' })));
    const parameters = { recordType: 'Task', 'field-Subject': 'Follow up', count: 3, flag: false };
    await expect(client().runAction('SALESFORCE_CREATE_RECORD', parameters)).resolves.toEqual({ ok: true, ts: '1.2' });
    expect(seen[0].method).toBe('POST');
    expect(seen[0].headers.get('Content-Type')).toBe('application/json');
    expect(await seen[0].json()).toEqual({ tool: 'SALESFORCE_CREATE_RECORD', parameters });
  });

  it('answers null for an empty response and the string for a text response', async () => {
    server.use(http.post(`${BASE}/tools`, () => new HttpResponse(null, { status: 204 })));
    await expect(client().runAction('A', {})).resolves.toBeNull();
    server.use(http.post(`${BASE}/tools`, () => HttpResponse.text('Message sent')));
    await expect(client().runAction('A', {})).resolves.toBe('Message sent');
    server.use(http.post(`${BASE}/tools`, () => HttpResponse.text('{"id":1}')));
    await expect(client().runAction('A', {})).resolves.toBe('{"id":1}');
    server.use(http.post(`${BASE}/tools`, () => HttpResponse.json([1, 'two'])));
    await expect(client().runAction('A', {})).resolves.toEqual([1, 'two']);
  });

  it('is never retried, even on a retryable failure', async () => {
    server.use(http.post(`${BASE}/tools`, () => fail({ message: 'busy' }, 503)));
    const error = await rejection(client().runAction('A', {}));
    expect(error).toMatchObject({ kind: 'server', status: 503, message: 'busy' });
    expect(seen).toHaveLength(1);
  });
});

describe('errors', () => {
  it('unwraps the nested JSON message with status, code and request id', async () => {
    const body = {
      message: JSON.stringify({ message: 'Unable to update Task', details: { err: 'Team not authorized', ECODE: 'OAUTH_027' } }),
      code: '41070',
      status: 500,
      meta: { requestId: '4c7445d2-1972-4ed6-9e47-46053bf1d45f' },
    };
    server.use(http.post(`${BASE}/tools`, () => fail(body, 500)));
    const error = await rejection(client().runAction('A', {}));
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({
      message: 'Unable to update Task',
      status: 500,
      code: '41070',
      requestId: '4c7445d2-1972-4ed6-9e47-46053bf1d45f',
      kind: 'server',
    });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [500, 'server'],
  ] as const)('maps HTTP %i to kind %s', async (status, kind) => {
    server.use(http.get(`${BASE}/actions`, () => fail('', status)));
    expect(await rejection(client().listActions())).toMatchObject({ status, kind });
  });

  it('maps 429 to rateLimited with Retry-After in seconds', async () => {
    server.use(http.get(`${BASE}/actions`, () => fail({ message: 'Slow down' }, 429, { 'Retry-After': '12' })));
    const error = await rejection(client().listActions());
    expect(error).toMatchObject({ kind: 'rateLimited', status: 429, retryAfter: 12, isRetryable: true, message: 'Slow down' });
  });

  it('gives a clear message for HTML and empty error bodies', async () => {
    server.use(http.get(`${BASE}/actions`, () => fail('<!doctype html><title>Bad gateway</title>', 502, { 'Content-Type': 'text/html' })));
    expect(await rejection(client().listActions())).toMatchObject({ message: 'ActionKit had a problem (HTTP 502).' });
    server.use(http.get(`${BASE}/actions`, () => fail('', 401)));
    expect(await rejection(client().listActions())).toMatchObject({ message: 'Your session has expired. Sign in again, then retry.' });
  });

  it('maps "Integration not enabled for user." to notConnected', async () => {
    server.use(http.post(`${BASE}/tools`, () => fail({ message: 'Integration not enabled for user.', status: 400 }, 400)));
    const error = await rejection(client().runAction('JIRA_CREATE_ISSUE', {}));
    expect(error).toMatchObject({ kind: 'notConnected', detail: 'Integration not enabled for user.', isRetryable: false });
    expect((error as Error).message).toMatch(/not connected/);
  });

  it('maps a network failure to offline', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.error()));
    const error = await rejection(client().listActions());
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ kind: 'offline', isRetryable: true });
  });

  it('never shows the token, even when the server echoes it', async () => {
    const token = 'opaque-secret-token-123';
    server.use(
      http.get(`${BASE}/actions`, () => fail({ message: `Token ${token} is invalid` }, 401)),
      http.post(`${BASE}/tools`, () => fail(`bad token ${TOKEN}`, 403)),
    );
    const listError = await rejection(client({ token }).listActions());
    const runError = await rejection(client().runAction('A', {}));
    for (const [error, secret] of [[listError, token], [runError, TOKEN]] as const) {
      expect(error).toBeInstanceOf(ActionKitError);
      expect((error as Error).message).not.toContain(secret);
      expect(String(error)).not.toContain(secret);
      expect(JSON.stringify(error)).not.toContain(secret);
    }
    expect(seen.every((r) => !r.url.includes(token) && !r.url.includes(TOKEN))).toBe(true);
  });

  it("rejects with the caller's AbortError when the signal aborts", async () => {
    server.use(http.get(`${BASE}/actions`, async () => {
      await delay('infinite');
      return HttpResponse.json({ actions: {} });
    }));
    const controller = new AbortController();
    const pending = rejection(client().listActions({}, { signal: controller.signal }));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('maps a timeout signal to kind timeout', async () => {
    server.use(http.get(`${BASE}/actions`, async () => {
      await delay('infinite');
      return HttpResponse.json({ actions: {} });
    }));
    const error = await rejection(client().listActions({}, { signal: AbortSignal.timeout(20) }));
    expect(error).toMatchObject({ kind: 'timeout', message: 'The request timed out. Try again.' });
  });
});
