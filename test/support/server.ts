import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { actionKitHandlers, newLog, type MockActionKitLog } from '../msw/actionKitHandlers';

/** Starts a mock ActionKit for the calling test file; returns the request log (cleared after each test) and the server (for `server.use`). */
export function useMockActionKit(): MockActionKitLog & { server: SetupServer } {
  const log = newLog();
  const server = setupServer(...actionKitHandlers({}, log));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    log.runs.length = 0;
    log.lists.length = 0;
    log.options.length = 0;
  });
  afterAll(() => server.close());
  return Object.assign(log, { server });
}
