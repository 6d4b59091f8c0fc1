import { describe, expect, it } from 'vitest';
import { ActionKitError, errorFromResponse, type ActionKitErrorKind } from '../../src/api';
import { fakeJwt } from './helpers';

const respond = (body: string, status: number, headers: Record<string, string> = {}) =>
  errorFromResponse(new Response(body, { status, headers }));

const nested = JSON.stringify({
  message: JSON.stringify({ message: 'Unable to update Task', details: { err: 'Team not authorized', ECODE: 'OAUTH_027' } }),
  code: '41070',
  status: 500,
  meta: { requestId: '4c7445d2-1972-4ed6-9e47-46053bf1d45f' },
});

describe('errorFromResponse', () => {
  it('unwraps a message that is itself a JSON error, keeping code and request id', async () => {
    const error = await respond(nested, 500, { 'Content-Type': 'application/json' });
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Unable to update Task');
    expect(error.code).toBe('41070');
    expect(error.requestId).toBe('4c7445d2-1972-4ed6-9e47-46053bf1d45f');
    expect(error.status).toBe(500);
    expect(error.kind).toBe('server');
    expect(error.name).toBe('ActionKitError');
  });

  it('unwraps several levels and takes a code from an inner level when the outer has none', async () => {
    const inner = JSON.stringify({ message: JSON.stringify({ message: 'Deep reason' }), code: 7 });
    const error = await respond(JSON.stringify({ message: inner }), 500);
    expect(error.message).toBe('Deep reason');
    expect(error.code).toBe('7');
  });

  it('stops unwrapping when the inner JSON has no message', async () => {
    const error = await respond(JSON.stringify({ message: '{"foo":1}' }), 500);
    expect(error.message).toBe('{"foo":1}');
  });

  it('joins validator-style message arrays', async () => {
    const body = { message: [{ property: 'tool', constraints: { isString: 'tool must be a string' } }, 'parameters is required'] };
    const error = await respond(JSON.stringify(body), 400);
    expect(error.message).toBe('tool must be a string; parameters is required');
    expect(error.kind).toBe('server');
    expect(error.isRetryable).toBe(false);
  });

  it.each<[number, ActionKitErrorKind, string]>([
    [401, 'unauthorized', 'Your session has expired. Sign in again, then retry.'],
    [403, 'forbidden', 'You are not authorized to use this project.'],
    [404, 'notFound', 'Not found. The Action or project may not exist for this user.'],
    [429, 'rateLimited', 'Too many requests. Try again in a moment.'],
    [500, 'server', 'ActionKit had a problem (HTTP 500).'],
    [502, 'server', 'ActionKit had a problem (HTTP 502).'],
    [408, 'timeout', 'The request timed out. Try again.'],
  ])('an empty %i body gives kind %s and a clear default message', async (status, kind, message) => {
    const error = await respond('', status);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
  });

  it('ignores an HTML body', async () => {
    const error = await respond('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, { 'Content-Type': 'text/html' });
    expect(error.message).toBe('ActionKit had a problem (HTTP 502).');
    expect(error.kind).toBe('server');
  });

  it('uses a short plain-text body as the message, but not a long one', async () => {
    expect((await respond('Upstream refused the connection', 503)).message).toBe('Upstream refused the connection');
    expect((await respond('x'.repeat(300), 503)).message).toBe('ActionKit had a problem (HTTP 503).');
  });

  it('prefers the default over a body that only repeats the reason phrase', async () => {
    const error = await respond(JSON.stringify({ message: 'Unauthorized' }), 401);
    expect(error.message).toBe('Your session has expired. Sign in again, then retry.');
  });

  it.each([403, 404, 400, 500])('"Integration not enabled for user." with status %i is notConnected', async (status) => {
    const error = await respond(JSON.stringify({ message: 'Integration not enabled for user.', status }), status);
    expect(error.kind).toBe('notConnected');
    expect(error.message).toBe('This integration is not connected for this user.');
    expect(error.detail).toBe('Integration not enabled for user.');
    expect(error.status).toBe(status);
  });

  it('recognizes "Integration not enabled for user." as plain text too', async () => {
    expect((await respond('Integration not enabled for user.', 400)).kind).toBe('notConnected');
  });

  it('parses Retry-After as delta-seconds', async () => {
    const error = await respond('', 429, { 'Retry-After': '30' });
    expect(error.retryAfter).toBe(30);
    expect(error.isRetryable).toBe(true);
  });

  it('parses Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 120_000).toUTCString();
    const error = await respond('', 503, { 'Retry-After': date });
    expect(error.retryAfter).toBeGreaterThanOrEqual(118);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
  });

  it('leaves retryAfter undefined when the header is absent or unreadable', async () => {
    expect((await respond('', 429)).retryAfter).toBeUndefined();
    expect((await respond('', 429, { 'Retry-After': 'soon' })).retryAfter).toBeUndefined();
  });

  it('blanks tokens the server echoes back', async () => {
    const token = fakeJwt({ sub: 'u1' });
    const error = await errorFromResponse(new Response(JSON.stringify({ message: `Invalid token ${token}` }), { status: 401 }));
    expect(error.message).not.toContain(token);
    expect(error.message).toContain('[redacted]');
    const other = await errorFromResponse(new Response('bad key opaque-secret', { status: 401 }), { redact: ['opaque-secret'] });
    expect(String(other)).not.toContain('opaque-secret');
  });
});

describe('ActionKitError', () => {
  it('marks rateLimited, server (5xx), offline and timeout as retryable', () => {
    const retryable = (kind: ActionKitErrorKind, status?: number) => new ActionKitError({ kind, status }).isRetryable;
    expect(retryable('rateLimited', 429)).toBe(true);
    expect(retryable('server', 503)).toBe(true);
    expect(retryable('server')).toBe(true);
    expect(retryable('offline')).toBe(true);
    expect(retryable('timeout')).toBe(true);
    expect(retryable('server', 400)).toBe(false);
    for (const kind of ['unauthorized', 'forbidden', 'notFound', 'notConnected', 'invalidResponse'] as const) {
      expect(retryable(kind)).toBe(false);
    }
  });

  it('from: a fetch TypeError is offline, with the original as cause', () => {
    const cause = new TypeError('Failed to fetch');
    const error = ActionKitError.from(cause);
    expect(error.kind).toBe('offline');
    expect(error.message).toBe('You appear to be offline. Check your connection and retry.');
    expect(error.cause).toBe(cause);
  });

  it('from: a TimeoutError, or an AbortError of a timed-out signal, is timeout', () => {
    expect(ActionKitError.from(new DOMException('timed out', 'TimeoutError')).kind).toBe('timeout');
    const controller = new AbortController();
    controller.abort(new DOMException('timed out', 'TimeoutError'));
    const abort = new DOMException('aborted', 'AbortError');
    expect(ActionKitError.from(abort, { signal: controller.signal }).kind).toBe('timeout');
  });

  it("from: a caller's AbortError is thrown as is", () => {
    const abort = new DOMException('aborted', 'AbortError');
    expect(() => ActionKitError.from(abort)).toThrow(abort);
    const controller = new AbortController();
    const reason = new Error('navigated away');
    controller.abort(reason);
    expect(() => ActionKitError.from(reason, { signal: controller.signal })).toThrow(reason);
  });

  it('from: an ActionKitError is returned unchanged', () => {
    const error = new ActionKitError({ kind: 'notFound' });
    expect(ActionKitError.from(error)).toBe(error);
  });
});
