import type { UseQueryResult } from '@tanstack/react-query';

/** The state of a lookup in a cached list (`useAction`, `useTrigger`). */
export interface LookupState<T> {
  /** The list query's error, or a `notFound` `ActionKitError` once the list loaded without the item. */
  error: Error | null;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  /** True while the query waits for the network to come back. */
  isOffline: boolean;
  refetch: UseQueryResult<T>['refetch'];
}

/** A lookup's state from its list query and, once the list loaded without the item, the `missing` error. */
export function lookupState<T>(query: UseQueryResult<T>, missing: Error | undefined): LookupState<T> {
  return {
    error: missing ?? query.error,
    isPending: query.isPending,
    isError: query.isError || !!missing,
    isFetching: query.isFetching,
    isOffline: query.fetchStatus === 'paused',
    refetch: query.refetch,
  };
}
