import { useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import type { ListTriggersFilters, TriggerDefinition, TriggerList, TriggerListError } from '../api';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { readRetryOf, retryReadDelay } from './readRetry';

/** Filters of `useTriggers`, as in `GET /triggers`. */
export type UseTriggersOptions = ListTriggersFilters;

/** What `useTriggers` returns: the query plus the definitions and the problems reported with them. */
export type UseTriggersResult = UseQueryResult<TriggerList> & {
  /** Trigger definitions per integration (empty while loading). */
  triggers: Record<string, TriggerDefinition[]>;
  /** Problems the server reported, and entries that could not be read. */
  errors: TriggerListError[];
};

const NO_TRIGGERS: Record<string, TriggerDefinition[]> = {};
const NO_ERRORS: TriggerListError[] = [];

/** The query behind `useTriggers` and `useTrigger`, so both share one cache entry. */
export function useTriggerListQuery<TData = TriggerList>(options: UseTriggersOptions, select?: (list: TriggerList) => TData) {
  const { client, queryClient, scope, subject } = useActionKit('useTriggers');
  return useQuery<TriggerList, Error, TData, QueryKey>(
    {
      queryKey: actionKitKeys.triggers(scope ?? [], options),
      queryFn: ({ signal }) => client.listTriggers(options, { signal, subject }),
      enabled: scope !== undefined,
      staleTime: 5 * 60_000,
      retry: readRetryOf(queryClient),
      retryDelay: retryReadDelay,
      select,
    },
    queryClient,
  );
}

/**
 * The TriggerKit triggers available to the user, grouped by integration.
 * @example const { triggers, isPending } = useTriggers({ integrations: ['salesforce'] });
 */
export function useTriggers(options: UseTriggersOptions = {}): UseTriggersResult {
  const query = useTriggerListQuery(options);
  return Object.assign(query, { triggers: query.data?.triggers ?? NO_TRIGGERS, errors: query.data?.errors ?? NO_ERRORS });
}
