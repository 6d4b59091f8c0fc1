import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ActionKitError, createActionKitClient, type LoadOptionsRequest } from '../../src/api';
import { setupRequestLog } from './helpers';

const ZEUS = 'https://zeus.useparagon.com/projects/proj-1/sdk/actions';
const { server, seen } = setupRequestLog();

const client = createActionKitClient({ projectId: 'proj-1', token: 'tok-1', credentialId: 'cred-1' });

const request = (overrides: Partial<LoadOptionsRequest> = {}): LoadOptionsRequest => ({
  integration: 'salesforce',
  action: 'SALESFORCE_CREATE_RECORD',
  inputId: 'field-OwnerId',
  sourceType: 'owners',
  dependencies: {},
  search: '',
  signal: new AbortController().signal,
  ...overrides,
});

describe('loadOptions (default)', () => {
  it('POSTs the Connect SDK body with the same headers', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: [] })));
    await client.loadOptions!(request({ dependencies: { recordType: 'Task', count: 2 }, search: 'ada' }));
    expect(seen[0].method).toBe('POST');
    expect(seen[0].headers.get('Authorization')).toBe('Bearer tok-1');
    expect(seen[0].headers.get('X-Paragon-Credential')).toBe('cred-1');
    expect(await seen[0].json()).toEqual({
      action: 'salesforce',
      sourceKey: 'owners',
      parameters: [
        { key: 'recordType', source: { type: 'VALUE', value: 'Task' } },
        { key: 'count', source: { type: 'VALUE', value: 2 } },
      ],
      paginationParameters: { pageCursor: 0, search: 'ada' },
    });
  });

  it('sends the cursor of a later page', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: [] })));
    await client.loadOptions!(request({ cursor: 'page-2' }));
    expect(await seen[0].json()).toMatchObject({ paginationParameters: { pageCursor: 'page-2', search: '' } });
  });

  it('maps an output array to options without a next cursor', async () => {
    const output = [{ value: '005A', label: 'Alan Turing', subtitle: 'alan@acme.com' }, 'Prospecting', 3];
    server.use(http.post(ZEUS, () => HttpResponse.json({ output })));
    const result = await client.loadOptions!(request());
    expect(result).toEqual({ options: output });
    expect('nextCursor' in result).toBe(false);
  });

  it('maps { records, nextPageCursor } and passes sections through', async () => {
    const records = [{ title: 'Users', items: [{ value: 'U1', label: 'Ada' }] }, { value: 'Q1', label: 'Queue' }];
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: { records, nextPageCursor: 'next-1' } })));
    await expect(client.loadOptions!(request())).resolves.toEqual({ options: records, nextCursor: 'next-1' });
  });

  it('leaves nextCursor out when nextPageCursor is null', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: { records: [], nextPageCursor: null } })));
    const result = await client.loadOptions!(request());
    expect(result).toEqual({ options: [] });
    expect('nextCursor' in result).toBe(false);
  });

  it('keeps a numeric next cursor', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: { records: [], nextPageCursor: 50 } })));
    await expect(client.loadOptions!(request())).resolves.toEqual({ options: [], nextCursor: 50 });
  });

  it('uses optionsBaseUrl', async () => {
    server.use(http.post('https://zeus.onprem.test/projects/p%2F1/sdk/actions', () => HttpResponse.json({ output: [] })));
    const onPrem = createActionKitClient({ projectId: 'p/1', token: 't', optionsBaseUrl: 'https://zeus.onprem.test/' });
    await expect(onPrem.loadOptions!(request())).resolves.toEqual({ options: [] });
  });

  it('rejects an unreadable answer with kind invalidResponse', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ output: { nothing: true } })));
    expect(await client.loadOptions!(request()).catch((e: unknown) => e)).toMatchObject({ kind: 'invalidResponse' });
  });

  it('rejects an error status with an ActionKitError', async () => {
    server.use(http.post(ZEUS, () => HttpResponse.json({ message: 'Integration not enabled for user.' }, { status: 400 })));
    const error = await client.loadOptions!(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ kind: 'notConnected', status: 400 });
  });

  it('rejects with an AbortError when the signal aborts', async () => {
    server.use(http.post(ZEUS, async () => {
      await delay('infinite');
      return HttpResponse.json({ output: [] });
    }));
    const controller = new AbortController();
    const pending = client.loadOptions!(request({ signal: controller.signal })).catch((e: unknown) => e);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ActionKitError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
