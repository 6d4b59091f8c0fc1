import { useMemo } from 'react';
import { useFieldOptions } from '../../hooks/useFieldOptions';
import { filterMessages, flattenOptions } from '../../schema';
import type { InputProps } from '../types';
import { dependencyKeyOf, optionsErrorMessage } from '../dynamic/dependencies';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import type { FieldListStatus } from './fieldStatus';
import { useUnavailableFields } from './useUnavailableFields';

const NO_VALUES: Record<string, unknown> = {};

/** A DYNAMIC_CONDITIONAL's field names from `supportedKeysSource`, loaded like dynamic options. */
export function useLoadedFields({ input, name, value, context, dependencies, dependencyValues = NO_VALUES }: InputProps<unknown>) {
  const missing = dependencies?.some((d) => d.required && dependencyValues[d.id] === undefined);
  const q = useFieldOptions(input, dependencyValues, { integration: context.integration, action: context.actionName, enabled: !missing });
  const { refetch, fetchNextPage, isFetchNextPageError } = q;
  const complete = q.isSuccess && !q.isPlaceholderData && !q.hasNextPage;
  const keys = useMemo(() => (complete ? new Set(flattenOptions(q.groups).map((o) => String(o.value))) : undefined), [complete, q.groups]);
  const unavailable = useUnavailableFields(name, context.dependencyChecks, dependencyKeyOf(dependencyValues), keys, value);
  const m = useAreaMessages(filterMessages);
  const note = m.notAvailableFor((dependencies ?? []).map((d) => d.title));
  const status = useMemo<FieldListStatus>(
    () => ({
      loading: q.isFetching && !q.isFetchingNextPage && !q.data,
      // keys loaded for other dependency values may not exist for these: shown, not pickable
      updating: q.isPlaceholderData,
      pickable: !q.isPlaceholderData,
      offline: q.isOffline,
      loadingMore: q.isFetchingNextPage,
      error: q.isError && !q.isFetching ? optionsErrorMessage(q.error, m) : undefined,
      onRetry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
      hasMore: q.hasNextPage && !q.isPlaceholderData,
      onLoadMore: () => void fetchNextPage(),
      unavailable: (field) => (unavailable.includes(field) ? note : undefined),
    }),
    [q.isFetching, q.isFetchingNextPage, q.data, q.isPlaceholderData, q.isOffline, q.isError, q.error, q.hasNextPage, isFetchNextPageError, fetchNextPage, refetch, unavailable, note, m],
  );
  return { groups: q.groups, status };
}
