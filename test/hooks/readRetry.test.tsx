import { QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { ActionKitError, ActionKitProvider, useActions } from '../../src';
import { retryRead, retryReadDelay } from '../../src/hooks/readRetry';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { TEST_TOKEN } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: SetupServerApi };
const LIST = `${MOCK_BASE_URL}/projects/:p/actions`;

const wrapper = (queryClient?: QueryClient) => ({ children }: { children: ReactNode }) => (
  <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={queryClient}>
    {children}
  </ActionKitProvider>
);

/** Fails the first `times` list requests with `fail()`, then answers normally; counts requests. */
function failFirst(times: number, fail: () => Response) {
  const counter = { requests: 0 };
  mock.server.use(http.get(LIST, () => (++counter.requests <= times ? fail() : undefined)));
  return counter;
}

describe('reads retry by themselves', () => {
  test('a 429 is retried after its Retry-After and then loads', async () => {
    const counter = failFirst(1, () => HttpResponse.json({ message: 'Slow down' }, { status: 429, headers: { 'Retry-After': '0' } }));
    const { result } = renderHook(() => useActions(), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(counter.requests).toBe(2);
  });

  test('a host QueryClient that turned retries off gets the failure at once, after one request', async () => {
    const counter = failFirst(5, () => HttpResponse.json({ message: 'Upstream down' }, { status: 503 }));
    const host = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { result } = renderHook(() => useActions(), { wrapper: wrapper(host) });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 503, message: 'Upstream down' });
    expect(counter.requests).toBe(1);
  });
});

describe('the read retry policy', () => {
  const error = (status: number, retryAfter?: number) =>
    new ActionKitError({ kind: status === 429 ? 'rateLimited' : status === 401 ? 'unauthorized' : status === 404 ? 'notFound' : 'server', status, retryAfter });

  test.each([429, 500, 502, 503])('retries %i up to three times', (status) => {
    expect([0, 1, 2, 3].map((n) => retryRead(n, error(status)))).toEqual([true, true, true, false]);
  });

  test.each([400, 401, 404, 409, 422])('never retries %i', (status) => {
    expect(retryRead(0, error(status))).toBe(false);
  });

  test('waits the Retry-After seconds, at most a minute; otherwise backs off exponentially up to 8 s', () => {
    expect(retryReadDelay(0, error(429, 12))).toBe(12_000);
    expect(retryReadDelay(0, error(429, 3600))).toBe(60_000);
    expect([0, 1, 2, 3, 4, 5].map((n) => retryReadDelay(n, error(503)))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});
