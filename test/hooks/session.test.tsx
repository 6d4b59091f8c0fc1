import { QueryClient } from '@tanstack/react-query';
import { renderHook, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, ActionKitProvider, useActions, type TokenSource } from '../../src';
import { fakeJwt } from '../api/helpers';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { useMockActionKit } from '../support/server';

const mock = useMockActionKit() as ReturnType<typeof useMockActionKit> & { server: SetupServerApi };
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
