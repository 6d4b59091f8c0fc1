import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import type { ReactNode } from 'react';
import { expect, test } from 'vitest';
import { ActionKitProvider, useAction, useActions, useRunAction } from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { TEST_TOKEN } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: SetupServerApi };
const tokenFor = (sub: string) => `eyJhbGciOiJub25lIn0.${btoa(JSON.stringify({ sub })).replace(/=+$/, '')}.sig`;

function wrapper(queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }), token = TEST_TOKEN) {
  return ({ children }: { children: ReactNode }) => (
    <ActionKitProvider projectId="project-1" token={token} queryClient={queryClient}>
      {children}
    </ActionKitProvider>
  );
}

test('useActions groups Actions by integration and surfaces list errors of any shape', async () => {
  mock.server.use(
    http.get(`${MOCK_BASE_URL}/projects/:p/actions`, () =>
      HttpResponse.json({ actions: { slack: [{ name: 'SLACK_X', title: 'X', inputs: [] }] }, errors: ['Salesforce fields failed to load', { message: 'Jira token expired', integration: 'jira' }] }),
    ),
  );
  const { result } = renderHook(() => useActions(), { wrapper: wrapper() });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(Object.keys(result.current.actions)).toEqual(['slack']);
  expect(result.current.errors.map((e) => e.message)).toEqual(['Salesforce fields failed to load', 'Jira token expired']);
});

test('reload() refetches with reload_fields=true; normal loads do not', async () => {
  const { result } = renderHook(() => useActions(), { wrapper: wrapper() });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  await act(() => result.current.reload());
  expect(mock.lists.map((u) => u.searchParams.get('reload_fields'))).toEqual([null, 'true']);
  expect(mock.lists.every((u) => u.searchParams.get('format') === 'paragon')).toBe(true);
});

test('useAction finds an Action across integrations; two lookups share one list request', async () => {
  const { result } = renderHook(() => [useAction('JIRA_CREATE_ISSUE'), useAction('ZENDESK_SEARCH_TICKETS')] as const, { wrapper: wrapper() });
  await waitFor(() => expect(result.current[1].action).toBeDefined());
  expect(result.current[0].integration).toBe('jira');
  expect(result.current[1].integration).toBe('zendesk');
  expect(mock.lists).toHaveLength(1);
});

test('useRunAction never retries, even when the host QueryClient retries mutations', async () => {
  let requests = 0;
  mock.server.use(
    http.post(`${MOCK_BASE_URL}/projects/:p/tools`, () => {
      requests++;
      return HttpResponse.json({ message: 'Bad gateway' }, { status: 502 });
    }),
  );
  const hostClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 1 } } });
  const { result } = renderHook(() => useRunAction(), { wrapper: wrapper(hostClient) });
  await act(async () => {
    await result.current.mutateAsync({ action: 'ACME_PING', parameters: {} }).catch(() => undefined);
  });
  await waitFor(() => expect(result.current.isError).toBe(true));
  expect(result.current.error?.status).toBe(502);
  expect(requests).toBe(1);
});

test('cached Actions are scoped by the token subject: another user does not see the first user\'s cache', async () => {
  const shared = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const first = renderHook(() => useActions(), { wrapper: wrapper(shared, tokenFor('user-a')) });
  await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
  const sameUser = renderHook(() => useActions(), { wrapper: wrapper(shared, tokenFor('user-a')) });
  await waitFor(() => expect(sameUser.result.current.isSuccess).toBe(true));
  expect(mock.lists).toHaveLength(1);
  const otherUser = renderHook(() => useActions(), { wrapper: wrapper(shared, tokenFor('user-b')) });
  await waitFor(() => expect(otherUser.result.current.isSuccess).toBe(true));
  expect(mock.lists).toHaveLength(2);
  const keys = shared.getQueryCache().getAll().map((q) => JSON.stringify(q.queryKey));
  expect(keys.some((k) => k.includes(tokenFor('user-a')) || k.includes(tokenFor('user-b')))).toBe(false); // never the token itself
  expect(keys.some((k) => k.includes('user-a'))).toBe(true);
});
