import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ActionKitError, createActionKitClient, type ActionKitClient } from '../../src/api';
import { FAULTS, LEAK_TOKEN } from '../support/faults';

const BASE = 'https://actionkit.useparagon.com/projects/proj-1';
const ZEUS = 'https://zeus.useparagon.com/projects/proj-1/sdk/actions';
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
    const client = createActionKitClient({ projectId: 'proj-1', token: LEAK_TOKEN });
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
