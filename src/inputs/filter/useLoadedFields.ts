import { useMemo } from 'react';
import { useFieldOptions } from '../../hooks/useFieldOptions';
import type { InputProps } from '../types';
import { optionsErrorMessage } from '../dynamic/dependencies';
import type { FieldListStatus } from './fieldStatus';

const NO_VALUES: Record<string, unknown> = {};

/** A DYNAMIC_CONDITIONAL's field names from `supportedKeysSource`, loaded like dynamic options. */
export function useLoadedFields({ input, context, dependencies, dependencyValues = NO_VALUES }: InputProps<unknown>) {
  const missing = dependencies?.some((d) => d.required && dependencyValues[d.id] === undefined);
  const q = useFieldOptions(input, dependencyValues, { integration: context.integration, action: context.actionName, enabled: !missing });
  const { refetch, fetchNextPage, isFetchNextPageError } = q;
  const status = useMemo<FieldListStatus>(
    () => ({
      loading: q.isFetching && !q.isFetchingNextPage && !q.data,
      loadingMore: q.isFetchingNextPage,
      error: q.isError && !q.isFetching ? optionsErrorMessage(q.error) : undefined,
      onRetry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
      hasMore: q.hasNextPage,
      onLoadMore: () => void fetchNextPage(),
    }),
    [q.isFetching, q.isFetchingNextPage, q.data, q.isError, q.error, q.hasNextPage, isFetchNextPageError, fetchNextPage, refetch],
  );
  return { groups: q.groups, status };
}
