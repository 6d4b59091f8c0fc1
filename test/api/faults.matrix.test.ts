import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ActionKitError, createActionKitClient, type ActionKitClient, type ActionKitErrorKind } from '../../src/api';
import { fakeJwt } from './helpers';

const BASE = 'https://actionkit.useparagon.com/projects/proj-1';
const ZEUS = 'https://zeus.useparagon.com/projects/proj-1/sdk/actions';
const TOKEN = fakeJwt({ sub: 'user-1' }).replace(/\.[^.]+$/, '.LEAKCANARYsig');
const server = setupServer();
let requests = 0;
server.events.on('request:start', () => {
  requests++;
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = 0;
});
afterAll(() => server.close());

interface Fault {
  name: string;
  respond: () => Response | Promise<Response>;
  kind: ActionKitErrorKind;
  status?: number;
  message: string | RegExp;
  requestId?: string;
  code?: string;
  retryAfter?: number;
  fieldErrors?: Record<string, string>;
  /** Sends the call with a signal that times out. */
  timesOut?: boolean;
}

const json = (body: Record<string, unknown>, status: number, headers: Record<string, string> = {}) => HttpResponse.json(body, { status, headers });
const inFiveMinutes = () => new Date(Date.now() + 300_000).toUTCString();

/** Every fault the issue lists: what the server does, and the error the caller must get. */
const FAULTS: Fault[] = [
  { name: '401', respond: () => json({ message: 'Unauthorized', meta: { requestId: 'req-401' } }, 401), kind: 'unauthorized', status: 401, requestId: 'req-401', message: 'Your session has expired. Sign in again, then retry.' },
  { name: '403', respond: () => json({ message: 'Forbidden', meta: { requestId: 'req-403' } }, 403), kind: 'forbidden', status: 403, requestId: 'req-403', message: 'You are not authorized to use this project.' },
  { name: '404', respond: () => json({ message: 'Not Found', meta: { requestId: 'req-404' } }, 404), kind: 'notFound', status: 404, requestId: 'req-404', message: 'Not found. The Action or project may not exist for this user.' },
  { name: '409', respond: () => json({ message: 'Conflict', meta: { requestId: 'req-409' } }, 409), kind: 'server', status: 409, requestId: 'req-409', message: /conflicts with the current state/ },
  {
    name: '422 naming fields',
    respond: () => json({ message: 'Validation failed', errors: [{ field: 'message', message: 'Message is too long' }], meta: { requestId: 'req-422' } }, 422),
    kind: 'server', status: 422, requestId: 'req-422', message: 'ActionKit did not accept some of the values: Message is too long', fieldErrors: { message: 'Message is too long' },
  },
  { name: '429 Retry-After seconds', respond: () => json({ message: 'Too Many Requests' }, 429, { 'Retry-After': '12' }), kind: 'rateLimited', status: 429, retryAfter: 12, message: 'Too many requests. Try again in 12 seconds.' },
  { name: '429 Retry-After date', respond: () => json({ message: 'Too Many Requests' }, 429, { 'Retry-After': inFiveMinutes() }), kind: 'rateLimited', status: 429, message: 'Too many requests. Try again in 5 minutes.' },
  {
    name: '500 nested JSON message',
    respond: () => json({ message: JSON.stringify({ message: 'Unable to update Task', details: { ECODE: 'OAUTH_027' } }), code: '41070', status: 500, meta: { requestId: 'req-500' } }, 500),
    kind: 'server', status: 500, requestId: 'req-500', code: '41070', message: 'Unable to update Task',
  },
  {
    name: '502 HTML body',
    respond: () => new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'edge-502' } }),
    kind: 'server', status: 502, requestId: 'edge-502', message: 'ActionKit had a problem (HTTP 502).',
  },
  { name: 'empty body', respond: () => new HttpResponse(null, { status: 503 }), kind: 'server', status: 503, message: 'ActionKit had a problem (HTTP 503).' },
  { name: 'offline', respond: () => HttpResponse.error(), kind: 'offline', message: 'You appear to be offline. Check your connection and retry.' },
  {
    name: 'timeout',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    kind: 'timeout', message: 'The request timed out. Try again.', timesOut: true,
  },
];

interface Operation {
  name: string;
  method: 'get' | 'post';
  url: string;
  call(client: ActionKitClient, signal: AbortSignal): Promise<unknown>;
  ok: () => Response;
  result: unknown;
}

const OPERATIONS: Operation[] = [
  {
    name: 'list', method: 'get', url: `${BASE}/actions`,
    call: (c, signal) => c.listActions({}, { signal }),
    ok: () => HttpResponse.json({ actions: { slack: [] } }), result: { actions: { slack: [] }, errors: [] },
  },
  {
    name: 'dynamic options', method: 'post', url: ZEUS,
    call: (c, signal) => c.loadOptions!({ integration: 'slack', action: 'SLACK_SEND_MESSAGE', inputId: 'channel', sourceType: 'channels', dependencies: {}, search: '', signal }),
    ok: () => HttpResponse.json({ output: ['general'] }), result: { options: ['general'] },
  },
  {
    name: 'Run', method: 'post', url: `${BASE}/tools`,
    call: (c, signal) => c.runAction('SLACK_SEND_MESSAGE', { message: 'hi' }, { signal }),
    ok: () => HttpResponse.json({ ok: true }), result: { ok: true },
  },
];

const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e);

describe.each(OPERATIONS)('$name', (op) => {
  test.each(FAULTS)('$name: a specific error, one request, then recovery', async (fault) => {
    const client = createActionKitClient({ projectId: 'proj-1', token: TOKEN });
    server.use(http[op.method](op.url, fault.respond));
    const signal = fault.timesOut ? AbortSignal.timeout(20) : new AbortController().signal;
    const error = await rejection(op.call(client, signal));
    expect(error).toBeInstanceOf(ActionKitError);
    const e = error as ActionKitError;
    expect(e.kind).toBe(fault.kind);
    expect(e.message).toEqual(typeof fault.message === 'string' ? fault.message : expect.stringMatching(fault.message));
    expect(e.status).toBe(fault.status);
    expect(e.requestId).toBe(fault.requestId);
    if (fault.code) expect(e.code).toBe(fault.code);
    if (fault.retryAfter !== undefined) expect(e.retryAfter).toBe(fault.retryAfter);
    expect(e.fieldErrors).toEqual(fault.fieldErrors);
    // a string token is never asked again, and nothing is retried at this level
    expect(requests).toBe(1);
    expect(JSON.stringify({ message: e.message, detail: e.detail, fieldErrors: e.fieldErrors, stack: e.stack })).not.toContain('LEAKCANARY');

    server.use(http[op.method](op.url, op.ok));
    await expect(op.call(client, new AbortController().signal)).resolves.toEqual(op.result);
  });
});
