import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, TriggerSubscription, UpdateTriggerSubscriptionRequest } from '../api';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { useRefreshSubscriptions } from './useRefreshSubscriptions';

/** What `useUpdateTriggerSubscription().mutate` takes: the subscription id and the PATCH body. */
export interface UpdateTriggerSubscriptionVariables extends UpdateTriggerSubscriptionRequest {
  id: string;
}

/**
 * Updates a subscription (`PATCH /trigger-subscriptions/{id}`); build `parameters` with
 * `subscriptionPatch` so dropped keys are sent as `null`. Never retried, never paused offline;
 * the subscriptions lists refresh on success.
 * Given the trigger type, the mutation is keyed by it, so `useIsMutating` can see it in flight.
 * @example update.mutate({ id: subscription.id, parameters: subscriptionPatch(subscription.parameters, next) });
 */
export function useUpdateTriggerSubscription(triggerType?: string) {
  const { client, queryClient, scope } = useActionKit('useUpdateTriggerSubscription');
  const refresh = useRefreshSubscriptions('useUpdateTriggerSubscription');
  return useMutation<TriggerSubscription, ActionKitError, UpdateTriggerSubscriptionVariables>(
    {
      mutationKey: triggerType === undefined ? undefined : actionKitKeys.triggerMutations(scope ?? [], triggerType),
      mutationFn: ({ id, ...patch }) => client.updateTriggerSubscription(id, patch),
      retry: false,
      networkMode: 'always',
      onSuccess: refresh,
    },
    queryClient,
  );
}
