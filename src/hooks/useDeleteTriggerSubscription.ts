import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, DeleteTriggerSubscriptionResult } from '../api';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { useRefreshSubscriptions } from './useRefreshSubscriptions';

/** What `useDeleteTriggerSubscription().mutate` takes. */
export interface DeleteTriggerSubscriptionVariables {
  id: string;
}

/**
 * Deletes a subscription (`DELETE /trigger-subscriptions/{id}`), answering `{ success, warning? }`.
 * Never retried, never paused offline; the subscriptions lists refresh on success.
 * Given the trigger type, the mutation is keyed by it, so `useIsMutating` can see it in flight.
 * @example remove.mutate({ id }, { onSuccess: ({ warning }) => warning && toast(warning) });
 */
export function useDeleteTriggerSubscription(triggerType?: string) {
  const { client, queryClient, scope } = useActionKit('useDeleteTriggerSubscription');
  const refresh = useRefreshSubscriptions('useDeleteTriggerSubscription');
  return useMutation<DeleteTriggerSubscriptionResult, ActionKitError, DeleteTriggerSubscriptionVariables>(
    {
      mutationKey: triggerType === undefined ? undefined : actionKitKeys.triggerMutations(scope ?? [], triggerType),
      mutationFn: ({ id }) => client.deleteTriggerSubscription(id),
      retry: false,
      networkMode: 'always',
      onSuccess: refresh,
    },
    queryClient,
  );
}
