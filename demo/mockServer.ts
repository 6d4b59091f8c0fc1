import { setupWorker } from 'msw/browser';
import { actionKitHandlers } from '../test/msw/actionKitHandlers';

/** Where the demo's embedded mock ActionKit answers; a real project uses the real base URL. */
export const DEMO_BASE_URL = 'https://mock-actionkit.example';

/** Starts the mock ActionKit in a service worker, with a realistic latency. */
export async function startMockActionKit() {
  const worker = setupWorker(...actionKitHandlers({ baseUrl: DEMO_BASE_URL, latency: 450 }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
