import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { filterVariables, type ParagonInput, type Variable } from '../schema';
import { useActionKit } from './ActionKitContext';
import type { FormVariables } from './FormSettingsContext';
import { actionKitKeys } from './queryKeys';
import { useDebouncedValue } from './useDebouncedValue';

export interface UseVariablesOptions {
  /** The text typed after `{{` (or since the list opened). */
  search: string;
  input: ParagonInput;
  /** What identifies the field in its form (its key), so answers for another field are not reused. */
  field: string;
  /** Ask a function only while the list is open. */
  enabled: boolean;
}

/** What a variable list shows. */
export interface VariablesResult {
  variables: readonly Variable[];
  isLoading: boolean;
  error: Error | null;
  retry(): void;
}

const NONE: readonly Variable[] = [];
const noop = () => {};

/**
 * The variables matching a search: a list is filtered at once (label and token, any case); a
 * function is asked debounced, per search, the previous answer shown while the next loads, and an
 * answer for a superseded search never replaces the current one (each search has its own key).
 */
export function useVariables(source: FormVariables | undefined, o: UseVariablesOptions): VariablesResult {
  const { queryClient, scope } = useActionKit('useVariables');
  const fn = source?.kind === 'function' ? source : undefined;
  const search = useDebouncedValue(o.search.trim(), 250);
  const query = useQuery(
    {
      queryKey: actionKitKeys.variables(scope ?? [], fn?.scope ?? '', o.field, search),
      queryFn: async ({ signal }) => {
        if (!fn) return [];
        const answer = await fn.search({ search, input: o.input, signal });
        signal.throwIfAborted(); // a host function may ignore the signal
        return Array.isArray(answer) ? answer : [];
      },
      enabled: !!fn && o.enabled,
      placeholderData: keepPreviousData,
      retry: false,
      networkMode: 'always', // a host function need not touch the network
      gcTime: 60_000,
    },
    queryClient,
  );
  // an answer for an earlier search, shown while the current one loads, only with the rows the typed text matches
  const stale = query.isPlaceholderData || o.search.trim() !== search;
  const list = source?.kind === 'list' ? source.list : stale ? query.data : undefined;
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  const filtered = useMemo(() => (list ? filterVariables(list, o.search) : undefined), [list, o.search]);
  if (source?.kind === 'list') return { variables: filtered ?? NONE, isLoading: false, error: null, retry: noop };
  return {
    variables: filtered ?? query.data ?? NONE,
    isLoading: query.isFetching || (!!fn && stale),
    error: query.isError && !query.isFetching ? query.error : null,
    retry,
  };
}
