import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ListTriggerSubscriptionsFilters, SubscriptionList, TriggerListError, TriggerSubscription } from '../api';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { readRetryOf, retryReadDelay } from './readRetry';

/** Filters of `useTriggerSubscriptions`, as in `GET /trigger-subscriptions`. */
export type UseTriggerSubscriptionsOptions = ListTriggerSubscriptionsFilters;

/** What `useTriggerSubscriptions` returns: the query plus the subscriptions per integration. */
export type UseTriggerSubscriptionsResult = UseQueryResult<SubscriptionList> & {
  /** Subscriptions per integration (empty while loading). */
  subscriptions: Record<string, TriggerSubscription[]>;
  /** Entries that could not be read, and problems the server reported. */
  errors: TriggerListError[];
};

const NO_SUBSCRIPTIONS: Record<string, TriggerSubscription[]> = {};
const NO_ERRORS: TriggerListError[] = [];

/**
 * The user's trigger subscriptions, grouped by integration; refreshed after every subscribe,
 * update or delete made through this library's hooks.
 * @example const { subscriptions } = useTriggerSubscriptions({ integrations: ['slack'], status: 'ERRORED' });
 */
export function useTriggerSubscriptions(options: UseTriggerSubscriptionsOptions = {}): UseTriggerSubscriptionsResult {
  const { client, queryClient, scope, subject } = useActionKit('useTriggerSubscriptions');
  const query = useQuery<SubscriptionList, Error>(
    {
      queryKey: actionKitKeys.triggerSubscriptions(scope ?? [], options),
      queryFn: ({ signal }) => client.listTriggerSubscriptions(options, { signal, subject }),
      enabled: scope !== undefined,
      retry: readRetryOf(queryClient),
      retryDelay: retryReadDelay,
    },
    queryClient,
  );
  return Object.assign(query, { subscriptions: query.data?.subscriptions ?? NO_SUBSCRIPTIONS, errors: query.data?.errors ?? NO_ERRORS });
}
