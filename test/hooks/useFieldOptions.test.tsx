import { onlineManager } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionKitProvider, actionKitKeys, useFieldOptions, type LoadOptions, type LoadOptionsRequest, type LoadOptionsResult, type ParagonInput } from '../../src';
import { TEST_TOKEN, testQueryClient } from '../support/render';

const input: ParagonInput = { id: 'issueType', type: 'DYNAMIC_ENUM', title: 'Issue Type', valuesSource: { sourceType: 'issueTypes', dependencies: ['project'] } };

function setup(loadOptions: LoadOptions, extra: { sourceTypes?: Record<string, Record<string, string>> } = {}) {
  const queryClient = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} queryClient={queryClient} loadOptions={loadOptions} {...extra}>
      {children}
    </ActionKitProvider>
  );
  return { queryClient, wrapper };
}

type Props = { deps: Record<string, unknown>; search?: string; enabled?: boolean; field?: ParagonInput };
const use = ({ deps, search, enabled, field = input }: Props) => useFieldOptions(field, deps, { search, enabled, integration: 'jira', action: 'JIRA_CREATE_ISSUE' });

/** A loadOptions whose answers the test releases, and which ignores `signal` like a careless host. */
function deferredLoader() {
  const calls: Array<{ request: LoadOptionsRequest; resolve(result: LoadOptionsResult): void }> = [];
  const loadOptions = vi.fn((request: LoadOptionsRequest) => new Promise<LoadOptionsResult>((resolve) => calls.push({ request, resolve })));
  return { calls, loadOptions };
}

describe('useFieldOptions', () => {
  test('loads through loadOptions with the request fields, keyed by scope, integration, source, dependencies and search', async () => {
    const loadOptions = vi.fn<LoadOptions>(async () => ({ options: [{ value: 'a', label: 'A', subtitle: 'first' }] }));
    const { queryClient, wrapper } = setup(loadOptions);
    const { result } = renderHook(use, { wrapper, initialProps: { deps: { project: '10001' } } });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.groups).toEqual([{ options: [{ value: 'a', label: 'A', subtitle: 'first' }] }]);
    const request = loadOptions.mock.calls[0][0];
    expect(request).toMatchObject({ integration: 'jira', action: 'JIRA_CREATE_ISSUE', inputId: 'issueType', sourceType: 'issueTypes', dependencies: { project: '10001' }, search: '', cursor: undefined });
    expect(request.signal).toBeInstanceOf(AbortSignal);
    const key = actionKitKeys.options(['p1', 'user-1', '', ''], 'jira', 'issueTypes', { project: '10001' }, '');
    expect(queryClient.getQueryData(key)).toBeDefined();
  });

  test('sends nothing while disabled (a required dependency is empty)', async () => {
    const loadOptions = vi.fn<LoadOptions>(async () => ({ options: [] }));
    const { wrapper } = setup(loadOptions);
    const { result } = renderHook(use, { wrapper, initialProps: { deps: {}, enabled: false } });
    await new Promise((r) => setTimeout(r, 30));
    expect(loadOptions).not.toHaveBeenCalled();
    expect(result.current.fetchStatus).toBe('idle');
  });

  test('debounces the search text and sends only the settled one', async () => {
    const loadOptions = vi.fn<LoadOptions>(async ({ search }) => ({ options: [`match ${search}`] }));
    const { wrapper } = setup(loadOptions);
    const { result, rerender } = renderHook(use, { wrapper, initialProps: { deps: { project: '1' } } as Props });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    for (const search of ['T', 'Ta', 'Tas']) rerender({ deps: { project: '1' }, search });
    await waitFor(() => expect(result.current.groups[0]?.options[0]?.label).toBe('match Tas'));
    expect(loadOptions.mock.calls.map(([r]) => r.search)).toEqual(['', 'Tas']);
  });

  test('pages through nextCursor and joins a section continued on the next page', async () => {
    const loadOptions = vi.fn<LoadOptions>(async ({ cursor }) =>
      cursor === undefined
        ? { options: [{ title: 'Standard', items: ['Bug'] }], nextCursor: 'p2' }
        : { options: [{ title: 'Standard', items: ['Task'] }, { title: 'Sub-task', items: ['Sub'] }] },
    );
    const { wrapper } = setup(loadOptions);
    const { result } = renderHook(use, { wrapper, initialProps: { deps: { project: '1' } } });
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.hasNextPage).toBe(false));
    expect(loadOptions.mock.calls[1][0].cursor).toBe('p2');
    expect(result.current.groups.map((g) => [g.title, g.options.map((o) => o.label)])).toEqual([['Standard', ['Bug', 'Task']], ['Sub-task', ['Sub']]]);
  });

  test('aborts the superseded request and drops its late answer even when loadOptions ignores the signal', async () => {
    const { calls, loadOptions } = deferredLoader();
    const { wrapper } = setup(loadOptions);
    const { result, rerender } = renderHook(use, { wrapper, initialProps: { deps: { project: 'old' } } });
    await waitFor(() => expect(calls).toHaveLength(1));
    rerender({ deps: { project: 'new' } });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0].request.signal.aborted).toBe(true);
    act(() => calls[1].resolve({ options: ['New'] }));
    await waitFor(() => expect(result.current.groups[0]?.options[0]?.label).toBe('New'));
    act(() => calls[0].resolve({ options: ['Old'] }));
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current.groups.flatMap((g) => g.options.map((o) => o.label))).toEqual(['New']);
  });

  test('uses the host sourceTypes map for an input that names no source', async () => {
    const loadOptions = vi.fn<LoadOptions>(async () => ({ options: [] }));
    const { wrapper } = setup(loadOptions, { sourceTypes: { jira: { assignee: 'assignees' } } });
    const field: ParagonInput = { id: 'assignee', type: 'DYNAMIC_ENUM', title: 'Assignee' };
    const { result } = renderHook(use, { wrapper, initialProps: { deps: {}, field } });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(loadOptions.mock.calls[0][0].sourceType).toBe('assignees');
    expect(result.current.sourceType).toBe('assignees');
  });

  test('keeps the previous list as placeholder data while new dependency values load, saying what it answers', async () => {
    const { calls, loadOptions } = deferredLoader();
    const { wrapper } = setup(loadOptions);
    const { result, rerender } = renderHook(use, { wrapper, initialProps: { deps: { project: 'a' } } as Props });
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0].resolve({ options: ['A1'] }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.loadedFor).toEqual({ dependencies: { project: 'a' }, search: '' });

    rerender({ deps: { project: 'b' } });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.groups[0]?.options.map((o) => o.label)).toEqual(['A1']);
    expect(result.current.loadedFor).toEqual({ dependencies: { project: 'a' }, search: '' });
    act(() => calls[1].resolve({ options: ['B1'] }));
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.groups[0]?.options.map((o) => o.label)).toEqual(['B1']);
    expect(result.current.loadedFor).toEqual({ dependencies: { project: 'b' }, search: '' });

    // disabled (a required dependency emptied): nothing loads, so no earlier list stands in
    rerender({ deps: {}, enabled: false });
    await waitFor(() => expect(result.current.data).toBeUndefined());
    expect(result.current.isPlaceholderData).toBe(false);
  });

  test('isOffline while the load is paused', async () => {
    const loadOptions = vi.fn<LoadOptions>(async () => ({ options: ['A'] }));
    const { wrapper } = setup(loadOptions);
    onlineManager.setOnline(false);
    try {
      const { result } = renderHook(use, { wrapper, initialProps: { deps: { project: '1' } } });
      await waitFor(() => expect(result.current.isOffline).toBe(true));
      expect(loadOptions).not.toHaveBeenCalled();
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
