import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, TriggerSubscription, UpdateTriggerSubscriptionRequest } from '../api';
import { useActionKit } from './ActionKitContext';
import { useRefreshSubscriptions } from './useRefreshSubscriptions';

/** What `useUpdateTriggerSubscription().mutate` takes: the subscription id and the PATCH body. */
export interface UpdateTriggerSubscriptionVariables extends UpdateTriggerSubscriptionRequest {
  id: string;
}

/**
 * Updates a subscription (`PATCH /trigger-subscriptions/{id}`); build `parameters` with
 * `subscriptionPatch` so dropped keys are sent as `null`. Never retried, never paused offline;
 * the subscriptions lists refresh on success.
 * @example update.mutate({ id: subscription.id, parameters: subscriptionPatch(subscription.parameters, next) });
 */
export function useUpdateTriggerSubscription() {
  const { client, queryClient } = useActionKit('useUpdateTriggerSubscription');
  const refresh = useRefreshSubscriptions('useUpdateTriggerSubscription');
  return useMutation<TriggerSubscription, ActionKitError, UpdateTriggerSubscriptionVariables>(
    {
      mutationFn: ({ id, ...patch }) => client.updateTriggerSubscription(id, patch),
      retry: false,
      networkMode: 'always',
      onSuccess: refresh,
    },
    queryClient,
  );
}
