import { QueryClient } from '@tanstack/react-query';
import { renderHook, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, ActionKitProvider, tokenSubject, useActions, useFieldOptions, type ParagonInput, type TokenSource } from '../../src';
import { fakeJwt } from '../api/helpers';
import { MOCK_BASE_URL, MOCK_OPTIONS_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: SetupServerApi };
const LIST = `${MOCK_BASE_URL}/projects/:p/actions`;
const EXPIRED = fakeJwt({ sub: 'user-1', v: 'expired' });
const FRESH = fakeJwt({ sub: 'user-1', v: 'fresh' });
const hostClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function wrapper(token: TokenSource, queryClient = hostClient()) {
  return ({ children }: { children: ReactNode }) => (
    <ActionKitProvider projectId="project-1" token={token} queryClient={queryClient}>
      {children}
    </ActionKitProvider>
  );
}

/** The list answers only the fresh token; every Authorization it saw is kept. */
function acceptFreshOnly() {
  const seen: Array<string | null> = [];
  mock.server.use(
    http.get(LIST, ({ request }) => {
      seen.push(request.headers.get('authorization'));
      if (request.headers.get('authorization') !== `Bearer ${FRESH}`) return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
      return HttpResponse.json({ actions: { slack: [{ name: 'SLACK_PING', title: 'Ping', inputs: [] }] }, errors: [] });
    }),
  );
  return seen;
}

describe('401 on a read with a token function', () => {
  test('the list asks the function again and retries once by itself, even when the host QueryClient never retries', async () => {
    const seen = acceptFreshOnly();
    // the provider asks once to learn who the user is, the first request gets the expired token, the retry the fresh one
    const token = vi.fn<() => string>().mockReturnValueOnce(EXPIRED).mockReturnValueOnce(EXPIRED).mockReturnValue(FRESH);
    const { result } = renderHook(() => useActions(), { wrapper: wrapper(token) });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(Object.keys(result.current.actions)).toEqual(['slack']);
    expect(seen).toEqual([`Bearer ${EXPIRED}`, `Bearer ${FRESH}`]);
  });

  test('the form shows no session alert when the retry succeeds', async () => {
    acceptFreshOnly();
    const token = vi.fn<() => string>().mockReturnValueOnce(EXPIRED).mockReturnValueOnce(EXPIRED).mockReturnValue(FRESH);
    renderWithProvider(<ActionForm action="SLACK_PING" />, { token });
    expect(await screen.findByRole('button', { name: 'Run action' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('a string token gets the session alert after one request, without a retry', async () => {
    const seen = acceptFreshOnly();
    renderWithProvider(<ActionForm action="SLACK_PING" />, { token: EXPIRED });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired or is not authorized.');
    expect(alert).toHaveTextContent('HTTP 401');
    expect(seen).toEqual([`Bearer ${EXPIRED}`]);
  });
});

const USER_A = fakeJwt({ sub: 'user-a' });
const USER_B = fakeJwt({ sub: 'user-b' });
const subjectOf = (request: Request) => tokenSubject((request.headers.get('authorization') ?? '').replace(/^Bearer /, '')) ?? '?';

/** Each user gets their own integration (`crm-user-a`), and their own options, so a mix-up shows. */
function servePerUser() {
  mock.server.use(
    http.get(LIST, ({ request }) => HttpResponse.json({ actions: { [`crm-${subjectOf(request)}`]: [] }, errors: [] })),
    http.post(`${MOCK_OPTIONS_BASE_URL}/projects/:p/sdk/actions`, ({ request }) => HttpResponse.json({ output: [`option of ${subjectOf(request)}`] })),
  );
}

/** Every (query key, data) the cache ever held, to catch a moment where one user's data sat under another's key. */
function recordCache(queryClient: QueryClient) {
  const stored: Array<{ key: string; data: string }> = [];
  queryClient.getQueryCache().subscribe(({ query }) => {
    if (query.state.data !== undefined) stored.push({ key: JSON.stringify(query.queryKey), data: JSON.stringify(query.state.data) });
  });
  const mixedUp = () => stored.filter(({ key, data }) => (key.includes('user-a') && data.includes('user-b')) || (key.includes('user-b') && data.includes('user-a')));
  return { stored, mixedUp };
}

describe('the cache scope follows the token each request used', () => {
  test('a token function that answers for another user by the first request never files that user\'s data under the first user', async () => {
    servePerUser();
    const queryClient = hostClient();
    const cache = recordCache(queryClient);
    // the provider's first question says user A; every request after that gets user B's token
    const token = vi.fn<() => string>().mockReturnValueOnce(USER_A).mockReturnValue(USER_B);
    const renders: string[][] = [];
    const { result } = renderHook(() => {
      const list = useActions();
      renders.push(Object.keys(list.actions));
      return list;
    }, { wrapper: wrapper(token, queryClient) });
    await waitFor(() => expect(Object.keys(result.current.actions)).toEqual(['crm-user-b']));
    expect(cache.mixedUp()).toEqual([]);
    expect(renders.flat()).not.toContain('crm-user-a');
    expect(cache.stored.some(({ key }) => key.includes('user-b'))).toBe(true);
  });

  test('after the token function switches from A to B, a refetch moves to B\'s cache and A\'s entry keeps A\'s data', async () => {
    servePerUser();
    const queryClient = hostClient();
    const cache = recordCache(queryClient);
    let current = USER_A;
    const renders: string[][] = [];
    const { result } = renderHook(() => {
      const list = useActions();
      renders.push(Object.keys(list.actions));
      return list;
    }, { wrapper: wrapper(() => current, queryClient) });
    await waitFor(() => expect(Object.keys(result.current.actions)).toEqual(['crm-user-a']));
    current = USER_B;
    renders.length = 0;
    void result.current.refetch();
    await waitFor(() => expect(Object.keys(result.current.actions)).toEqual(['crm-user-b']));
    expect(cache.mixedUp()).toEqual([]);
    // once B's data showed, A's never came back
    const firstB = renders.findIndex((keys) => keys.includes('crm-user-b'));
    expect(renders.slice(firstB).flat()).not.toContain('crm-user-a');
    const entries = queryClient.getQueryCache().getAll().map((q) => ({ key: JSON.stringify(q.queryKey), data: JSON.stringify(q.state.data) }));
    expect(entries.find(({ key }) => key.includes('user-a'))?.data).toContain('crm-user-a');
  });

  test('options loaded for new dependency values after the switch land under B, never A', async () => {
    servePerUser();
    const queryClient = hostClient();
    const cache = recordCache(queryClient);
    let current = USER_A;
    const input: ParagonInput = { id: 'owner', type: 'DYNAMIC_ENUM', title: 'Owner', sourceType: 'owners' };
    const labels = (groups: Array<{ options: Array<{ label: string }> }>) => groups.flatMap((g) => g.options.map((o) => o.label));
    const seen: string[][] = [];
    const { result, rerender } = renderHook(({ project }: { project: string }) => {
      const options = useFieldOptions(input, { project }, { integration: 'crm' });
      seen.push(labels(options.groups));
      return options;
    }, { wrapper: wrapper(() => current, queryClient), initialProps: { project: '1' } });
    await waitFor(() => expect(labels(result.current.groups)).toEqual(['option of user-a']));
    current = USER_B;
    seen.length = 0;
    rerender({ project: '2' });
    await waitFor(() => expect(labels(result.current.groups)).toEqual(['option of user-b']));
    expect(cache.mixedUp()).toEqual([]);
    const firstB = seen.findIndex((l) => l.includes('option of user-b'));
    expect(seen.slice(firstB).flat()).not.toContain('option of user-a');
  });
});
