import { useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { ActionList, ActionListError, ListActionsFilters } from '../api';
import type { ParagonAction } from '../schema';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { readRetryOf, retryReadDelay } from './readRetry';

/** Filters of `useActions`, as in `GET /actions?format=paragon`. */
export type UseActionsOptions = ListActionsFilters;

export type UseActionsResult = UseQueryResult<ActionList> & {
  /** Actions per integration (empty while loading). */
  actions: Record<string, ParagonAction[]>;
  /** Problems ActionKit reported next to the list, e.g. an integration whose fields failed to load. */
  errors: ActionListError[];
  /** Refetches with `reload_fields=true`, bypassing ActionKit's 8-hour field cache. */
  reload(): Promise<unknown>;
};

const NO_ACTIONS: Record<string, ParagonAction[]> = {};
const NO_ERRORS: ActionListError[] = [];

/** The query behind `useActions` and `useAction`, so both share one cache entry. */
export function useActionListQuery<TData = ActionList>(options: UseActionsOptions, select?: (list: ActionList) => TData) {
  const { client, queryClient, scope, subject } = useActionKit('useActions');
  const reloadNext = useRef(false);
  const query = useQuery<ActionList, Error, TData, QueryKey>(
    {
      queryKey: actionKitKeys.actions(scope ?? [], options),
      queryFn: ({ signal }) => {
        const reloadFields = reloadNext.current || options.reloadFields;
        reloadNext.current = false;
        return client.listActions({ ...options, reloadFields }, { signal, subject });
      },
      enabled: scope !== undefined,
      staleTime: 5 * 60_000,
      retry: readRetryOf(queryClient),
      retryDelay: retryReadDelay,
      select,
    },
    queryClient,
  );
  const reload = useCallback(() => {
    reloadNext.current = true;
    return query.refetch();
  }, [query.refetch]); // eslint-disable-line react-hooks/exhaustive-deps
  return { query, reload };
}

/**
 * The Actions available to the user, grouped by integration.
 * @example const { actions, isPending, reload } = useActions({ integrations: ['salesforce'] });
 */
export function useActions(options: UseActionsOptions = {}): UseActionsResult {
  const { query, reload } = useActionListQuery(options);
  return Object.assign(query, {
    actions: query.data?.actions ?? NO_ACTIONS,
    errors: query.data?.errors ?? NO_ERRORS,
    reload,
  });
}
