import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ActionKitError, createActionKitClient, type LoadOptionsRequest, type TokenSource } from '../../src/api';
import { fakeJwt, setupRequestLog } from './helpers';

const BASE = 'https://actionkit.useparagon.com/projects/proj-1';
const ZEUS = 'https://zeus.useparagon.com/projects/proj-1/sdk/actions';
const OLD = fakeJwt({ sub: 'user-1', n: 1 });
const FRESH = fakeJwt({ sub: 'user-1', n: 2 });
const { server, seen } = setupRequestLog();

/** Answers 401 to the expired token and `ok` to the fresh one. */
const acceptOnly = (accepted: string, ok: () => Response) => ({ request }: { request: Request }) =>
    request.headers.get('Authorization') === `Bearer ${accepted}` ? ok() : HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });

const client = (token: TokenSource) => createActionKitClient({ projectId: 'proj-1', token });
const optionsRequest = (): LoadOptionsRequest => ({
  integration: 'jira', action: 'JIRA_CREATE_ISSUE', inputId: 'project', sourceType: 'projects', dependencies: {}, search: '', signal: new AbortController().signal,
});
const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e);
const authorizations = () => seen.map((r) => r.headers.get('Authorization'));

describe('a read answered 401 with a token function', () => {
  it('asks the function again and retries the list once with the new token', async () => {
    server.use(http.get(`${BASE}/actions`, acceptOnly(FRESH, () => HttpResponse.json({ actions: { slack: [] } }))));
    const token = vi.fn<() => string>().mockReturnValueOnce(OLD).mockReturnValue(FRESH);
    await expect(client(token).listActions()).resolves.toEqual({ actions: { slack: [] }, errors: [] });
    expect(token).toHaveBeenCalledTimes(2);
    expect(authorizations()).toEqual([`Bearer ${OLD}`, `Bearer ${FRESH}`]);
  });

  it('retries an options load once too (a read, though sent as POST)', async () => {
    server.use(http.post(ZEUS, acceptOnly(FRESH, () => HttpResponse.json({ output: ['A'] }))));
    const token = vi.fn<() => Promise<string>>().mockResolvedValueOnce(OLD).mockResolvedValue(FRESH);
    await expect(client(token).loadOptions!(optionsRequest())).resolves.toEqual({ options: ['A'] });
    expect(authorizations()).toEqual([`Bearer ${OLD}`, `Bearer ${FRESH}`]);
  });

  it('gives up after one retry with the unauthorized error', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })));
    const token = vi.fn(() => OLD);
    const error = await rejection(client(token).listActions());
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, message: 'Your session has expired. Sign in again, then retry.' });
    expect(seen).toHaveLength(2);
    expect(token).toHaveBeenCalledTimes(2);
  });
});

describe('no automatic 401 retry', () => {
  it('with a string token (asking again would send the same token)', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })));
    expect(await rejection(client(OLD).listActions())).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(seen).toHaveLength(1);
  });

  it('for a Run, which is not idempotent, but the failure still says the session expired', async () => {
    server.use(http.post(`${BASE}/tools`, () => HttpResponse.json({ message: 'Unauthorized', meta: { requestId: 'req-401' } }, { status: 401 })));
    const token = vi.fn<() => string>().mockReturnValueOnce(OLD).mockReturnValue(FRESH);
    const error = await rejection(client(token).runAction('SLACK_SEND_MESSAGE', { message: 'hi' }));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, requestId: 'req-401', message: 'Your session has expired. Sign in again, then retry.' });
    expect(seen).toHaveLength(1);
    expect(token).toHaveBeenCalledTimes(1);
  });

  it('for other failures such as 403', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ message: 'Forbidden' }, { status: 403 })));
    const token = vi.fn(() => OLD);
    expect(await rejection(client(token).listActions())).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(seen).toHaveLength(1);
  });
});

describe('the sub of the token each request used', () => {
  const A = fakeJwt({ sub: 'user-a' });
  const B = fakeJwt({ sub: 'user-b' });

  it('is reported for every request, Runs included', async () => {
    server.use(
      http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {} })),
      http.post(`${BASE}/tools`, () => HttpResponse.json({ ok: true })),
    );
    const subjects: string[] = [];
    const token = vi.fn<() => string>().mockReturnValueOnce(A).mockReturnValueOnce(B).mockReturnValue('opaque-token');
    const c = createActionKitClient({ projectId: 'proj-1', token, onTokenSubject: (s) => subjects.push(s) });
    await c.listActions();
    await c.runAction('X', {});
    await c.listActions();
    expect(subjects).toEqual(['user-a', 'user-b', '']);
  });

  it('must match the subject the caller caches under, or nothing is sent', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ actions: {} })));
    const subjects: string[] = [];
    const c = createActionKitClient({ projectId: 'proj-1', token: () => B, onTokenSubject: (s) => subjects.push(s) });
    const error = await rejection(c.listActions({}, { subject: 'user-a' }));
    expect(error).toMatchObject({ kind: 'unauthorized', message: 'The signed-in user changed, so this request was not sent.' });
    expect(seen).toHaveLength(0);
    expect(subjects).toEqual(['user-b']);
    await expect(c.listActions({}, { subject: 'user-b' })).resolves.toEqual({ actions: {}, errors: [] });
  });

  it('a 401 retry whose fresh token belongs to another user is not sent', async () => {
    server.use(http.get(`${BASE}/actions`, () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })));
    const token = vi.fn<() => string>().mockReturnValueOnce(A).mockReturnValue(B);
    const error = await rejection(client(token).listActions({}, { subject: 'user-a' }));
    expect(error).toMatchObject({ kind: 'unauthorized' });
    expect(authorizations()).toEqual([`Bearer ${A}`]);
  });

  it('the default loadOptions checks the request subject too', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: [] })));
    const error = await rejection(client(() => B).loadOptions!({ ...optionsRequest(), subject: 'user-a' }));
    expect(error).toMatchObject({ kind: 'unauthorized' });
    expect(seen).toHaveLength(0);
  });
});
