import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadOptionsResult } from '../api';
import { normalizeOptions, sourceTypeOf, type OptionGroup, type ParagonInput } from '../schema';
import { useActionKit, type SourceTypeMap } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { readRetryOf, retryReadDelay } from './readRetry';
import { useDebouncedValue } from './useDebouncedValue';

/** Options of `useFieldOptions`. */
export interface UseFieldOptionsOptions {
  /** Search text as typed; sent (debounced ~250 ms) as the request's `search`. */
  search?: string;
  /** Integration of the Action (required to load). */
  integration?: string;
  /** Name of the Action, passed to `loadOptions`. */
  action?: string;
  /** `false` sends no request (e.g. while a required dependency is empty). */
  enabled?: boolean;
}

type Cursor = string | number | undefined;

/** The dependency values and search text a page of options was loaded for. */
export interface OptionsLoadedFor {
  dependencies: Record<string, unknown>;
  search: string;
}

/** One page as cached: the loader's answer and what it answers. */
type LoadedPage = LoadOptionsResult & { loadedFor: OptionsLoadedFor };

/** The source an input loads from: its `valuesSource`, `sourceType`, filter `supportedKeysSource`, else the host's map. */
export const resolveSourceType = (input: ParagonInput, integration: string | undefined, map: SourceTypeMap | undefined): string | undefined =>
  sourceTypeOf(input) ?? input.supportedKeysSource?.sourceType ?? (integration ? map?.[integration]?.[input.id] : undefined);

/** Pages joined into groups; a section continued on the next page stays one group. */
function joinPages(data: { pages: LoadedPage[] } | undefined): OptionGroup[] {
  const groups: OptionGroup[] = [];
  for (const page of data?.pages ?? []) {
    for (const group of normalizeOptions(page.options)) {
      const last = groups[groups.length - 1];
      if (last && last.title === group.title) groups[groups.length - 1] = { ...last, options: [...last.options, ...group.options] };
      else groups.push(group);
    }
  }
  return groups;
}

/**
 * Options of a dynamic input through the provider's `loadOptions`, cached per user, source,
 * dependency values and search text. Superseded requests are aborted and their answers dropped;
 * while new values load, the previous list stays as placeholder data.
 * Without a loader (custom `baseUrl`, no `optionsBaseUrl`) nothing is requested.
 * @example const { groups, isLoading, fetchNextPage } = useFieldOptions(input, { project: '10001' }, { search, integration: 'jira' });
 */
export function useFieldOptions(input: ParagonInput, dependencyValues: Record<string, unknown>, options: UseFieldOptionsOptions = {}) {
  const { queryClient, loadOptions, scope, subject, sourceTypes } = useActionKit('useFieldOptions');
  const { integration = '', action = '' } = options;
  const sourceType = resolveSourceType(input, integration, sourceTypes) ?? '';
  const search = useDebouncedValue((options.search ?? '').trim(), 250);
  const enabled = (options.enabled ?? true) && loadOptions !== undefined && scope !== undefined && integration !== '' && sourceType !== '';
  const query = useInfiniteQuery(
    {
      queryKey: actionKitKeys.options(scope ?? [], integration, sourceType, dependencyValues, search),
      queryFn: async ({ pageParam, signal }) => {
        if (!loadOptions) throw new Error('[actionkit-form] No loadOptions is configured.'); // not reached: the query is disabled without one
        const result = await loadOptions({ integration, action, inputId: input.id, sourceType, dependencies: dependencyValues, search, cursor: pageParam, signal, subject });
        // a host's loadOptions may ignore the signal: never let a superseded answer through
        signal.throwIfAborted();
        return { ...result, loadedFor: { dependencies: dependencyValues, search } };
      },
      initialPageParam: undefined as Cursor,
      getNextPageParam: (last: LoadedPage) => last.nextCursor,
      enabled,
      // the previous list stays visible (`isPlaceholderData`) while new dependency values or a new search load
      placeholderData: enabled ? keepPreviousData : undefined,
      staleTime: 60_000,
      retry: readRetryOf(queryClient),
      retryDelay: retryReadDelay,
    },
    queryClient,
  );
  const groups = useMemo(() => joinPages(query.data), [query.data]);
  const loadedFor = query.data?.pages[0]?.loadedFor;
  return Object.assign(query, { groups, sourceType: sourceType || undefined, search, loadedFor, isOffline: query.fetchStatus === 'paused' });
}

/**
 * What `useFieldOptions` returns: the infinite query plus the joined groups, the settled search,
 * what the shown pages were loaded for (the previous values while `isPlaceholderData`) and
 * `isOffline` (the load is paused until the connection is back).
 */
export type FieldOptions = ReturnType<typeof useFieldOptions>;
