import { delay, http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import type { ActionKitErrorKind } from '../../src/api';
import { fakeJwt } from '../api/helpers';

/** The signature part of `LEAK_TOKEN`: a leak of the token anywhere shows as this text. */
export const LEAK_SIGNATURE = 'LEAKCANARYc2lnbmF0dXJl';
/** A realistic token (JWT with `sub`) that tests scan for in the DOM, console, URLs and errors. */
export const LEAK_TOKEN = fakeJwt({ sub: 'user-1' }).replace(/\.[^.]+$/, `.${LEAK_SIGNATURE}`);

/** One fault the server (or network) can produce, and what the caller must get from it. */
export interface Fault {
  name: string;
  respond: () => Response | Promise<Response>;
  kind: ActionKitErrorKind;
  status?: number;
  message: string | RegExp;
  requestId?: string;
  code?: string;
  retryAfter?: number;
  fieldErrors?: Record<string, string>;
  /** The request must be sent with a signal that times out (the response never comes). */
  timesOut?: boolean;
}

const json = (body: Record<string, unknown>, status: number, headers: Record<string, string> = {}) => HttpResponse.json(body, { status, headers });
const inFiveMinutes = () => new Date(Date.now() + 300_000).toUTCString();

/** Every fault the issue lists: what the server does, and the error the caller must get. */
export const FAULTS: Fault[] = [
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
  {
    name: '400 echoing the token',
    respond: () => json({ message: `Token ${LEAK_TOKEN} is not valid here`, errors: { message: `rejected for ${LEAK_TOKEN}` } }, 400),
    kind: 'server', status: 400, message: 'Token [redacted] is not valid here', fieldErrors: { message: 'rejected for [redacted]' },
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


/**
 * Makes `url` fail with `fault` until `recover()` (then `ok`, or the default mock). The returned
 * `fetch` (pass it to the provider) gives a timing-out fault a signal that times out meanwhile.
 */
export function faultUntilRecovered(server: SetupServerApi, method: 'get' | 'post', url: string, fault: Fault, ok?: () => Response) {
  const state = { failing: true };
  server.use(http[method](url, () => (state.failing ? fault.respond() : ok?.())));
  const fetch: typeof globalThis.fetch = (input, init) =>
    globalThis.fetch(input, state.failing && fault.timesOut ? { ...init, signal: AbortSignal.timeout(20) } : init);
  return { fetch, recover: () => (state.failing = false) };
}
