import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, DeleteTriggerSubscriptionResult } from '../api';
import { useActionKit } from './ActionKitContext';
import { useRefreshSubscriptions } from './useRefreshSubscriptions';

/** What `useDeleteTriggerSubscription().mutate` takes. */
export interface DeleteTriggerSubscriptionVariables {
  id: string;
}

/**
 * Deletes a subscription (`DELETE /trigger-subscriptions/{id}`), answering `{ success, warning? }`.
 * Never retried, never paused offline; the subscriptions lists refresh on success.
 * @example remove.mutate({ id }, { onSuccess: ({ warning }) => warning && toast(warning) });
 */
export function useDeleteTriggerSubscription() {
  const { client, queryClient } = useActionKit('useDeleteTriggerSubscription');
  const refresh = useRefreshSubscriptions('useDeleteTriggerSubscription');
  return useMutation<DeleteTriggerSubscriptionResult, ActionKitError, DeleteTriggerSubscriptionVariables>(
    {
      mutationFn: ({ id }) => client.deleteTriggerSubscription(id),
      retry: false,
      networkMode: 'always',
      onSuccess: refresh,
    },
    queryClient,
  );
}
