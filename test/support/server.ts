import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { actionKitHandlers, newLog, type MockActionKitLog } from '../msw/actionKitHandlers';
import { newTriggerLog, triggerHandlers, type MockTriggerKitLog } from '../msw/triggerHandlers';

/**
 * Starts a mock ActionKit (Actions, options and TriggerKit) for the calling test file; returns the
 * request log (cleared after each test) and the server (for `server.use`). Trigger subscriptions
 * start from the fixture seeds again in every test.
 */
export function setupMockActionKit(): MockActionKitLog & MockTriggerKitLog & { server: SetupServer } {
  const log = Object.assign(newLog(), newTriggerLog());
  const handlers = () => [...actionKitHandlers({}, log), ...triggerHandlers({}, log)];
  const server = setupServer(...handlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers(...handlers());
    for (const entries of Object.values(log)) if (Array.isArray(entries)) entries.length = 0;
  });
  afterAll(() => server.close());
  return Object.assign(log, { server });
}
