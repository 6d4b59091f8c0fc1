import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { actionKitHandlers } from '../test/msw/actionKitHandlers';
import { triggerHandlers } from '../test/msw/triggerHandlers';

/** Where the demo's embedded mock ActionKit answers; a real project uses the real base URL. */
export const DEMO_BASE_URL = 'https://mock-actionkit.example';
/** Where the mock answers dynamic options: a custom `baseUrl` needs its own `optionsBaseUrl` (no token goes to Paragon's host). */
export const DEMO_OPTIONS_BASE_URL = 'https://mock-options.example';

/** How the mock behaves, switchable from the demo's header to see every state of the form. */
export type MockMode = 'normal' | 'slow' | 'unauthorized' | 'serverError' | 'notConnected';

export const MOCK_MODES: Array<{ mode: MockMode; label: string }> = [
  { mode: 'normal', label: 'Normal' },
  { mode: 'slow', label: 'Slow (3 s)' },
  { mode: 'unauthorized', label: '401 session expired' },
  { mode: 'serverError', label: '500 on every request' },
  { mode: 'notConnected', label: 'Integration not connected (on Run)' },
];

let mode: MockMode = 'normal';
export const setMockMode = (next: MockMode) => {
  mode = next;
};

const requestId = () => `demo-${Math.random().toString(16).slice(2, 10)}`;

/** Answers every ActionKit request according to the current mode; `undefined` falls through to the fixtures. */
async function failureMode({ request }: { request: Request }) {
  if (mode === 'slow') {
    await delay(3000);
    return undefined;
  }
  if (mode === 'unauthorized') {
    return HttpResponse.json({ message: 'Unauthorized', status: 401, meta: { requestId: requestId() } }, { status: 401 });
  }
  if (mode === 'serverError') {
    const inner = JSON.stringify({ message: 'Upstream service unavailable', details: { ECODE: 'UPSTREAM_503' } });
    return HttpResponse.json({ message: inner, code: '50001', status: 500, meta: { requestId: requestId() } }, { status: 500 });
  }
  if (mode === 'notConnected' && request.method === 'POST') {
    return HttpResponse.json({ message: 'Integration not enabled for user.', status: 400, meta: { requestId: requestId() } }, { status: 400 });
  }
  return undefined;
}

/** Starts the mock ActionKit (Actions, options, TriggerKit) in a service worker, with a realistic latency. */
export async function startMockActionKit() {
  const worker = setupWorker(
    http.all(`${DEMO_BASE_URL}/projects/:projectId/*`, failureMode),
    ...actionKitHandlers({ baseUrl: DEMO_BASE_URL, optionsBaseUrl: DEMO_OPTIONS_BASE_URL, latency: 450 }),
    // TriggerKit: triggers, examples and subscriptions that live in memory until the page reloads
    ...triggerHandlers({ baseUrl: DEMO_BASE_URL, latency: 450 }),
  );
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
