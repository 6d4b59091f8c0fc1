import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createActionKitClient, type LoadOptionsRequest } from '../../src/api';
import { setupRequestLog } from './helpers';

const { server, seen } = setupRequestLog();

const request = (): LoadOptionsRequest => ({
  integration: 'salesforce', action: 'SALESFORCE_CREATE_RECORD', inputId: 'owner', sourceType: 'owners', dependencies: {}, search: '', signal: new AbortController().signal,
});

describe('the default loadOptions sends the token only to a host the app named', () => {
  it.each(['https://actionkit.useparagon.com', 'https://actionkit.useparagon.com/', undefined])('with the default baseUrl (%s) it loads from Paragon\'s options host', async (baseUrl) => {
    server.use(http.post('https://zeus.useparagon.com/projects/p1/sdk/actions', () => HttpResponse.json({ output: ['A'] })));
    const client = createActionKitClient({ projectId: 'p1', token: 'tok', baseUrl });
    await expect(client.loadOptions?.(request())).resolves.toEqual({ options: ['A'] });
    expect(seen.map((r) => new URL(r.url).host)).toEqual(['zeus.useparagon.com']);
  });

  it('with a custom baseUrl and no optionsBaseUrl there is no default loader', () => {
    const client = createActionKitClient({ projectId: 'p1', token: 'tok', baseUrl: 'https://proxy.example/actionkit' });
    expect(client.loadOptions).toBeUndefined();
    expect(seen).toHaveLength(0);
  });

  it('with a custom baseUrl and an explicit optionsBaseUrl it loads from that host only', async () => {
    server.use(http.post('https://options.proxy.example/projects/p1/sdk/actions', () => HttpResponse.json({ output: ['B'] })));
    const client = createActionKitClient({ projectId: 'p1', token: 'tok', baseUrl: 'https://proxy.example/actionkit', optionsBaseUrl: 'https://options.proxy.example' });
    await expect(client.loadOptions?.(request())).resolves.toEqual({ options: ['B'] });
    expect(seen.map((r) => new URL(r.url).host)).toEqual(['options.proxy.example']);
  });

  it('an explicit optionsBaseUrl equal to Paragon\'s is honoured with a custom baseUrl', async () => {
    server.use(http.post('https://zeus.useparagon.com/projects/p1/sdk/actions', () => HttpResponse.json({ output: [] })));
    const client = createActionKitClient({ projectId: 'p1', token: 'tok', baseUrl: 'https://proxy.example', optionsBaseUrl: 'https://zeus.useparagon.com' });
    await expect(client.loadOptions?.(request())).resolves.toEqual({ options: [] });
  });
});
