import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, SubscribeTriggerRequest, TriggerSubscription } from '../api';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';
import { useRefreshSubscriptions } from './useRefreshSubscriptions';

/**
 * Subscribes the user to a trigger (`POST /trigger-subscriptions`). Subscribing is not
 * idempotent, so the mutation is never retried and never paused offline, whatever the host
 * QueryClient's defaults say. The subscriptions lists refresh on success.
 * Given the trigger type, the mutation is keyed by it, so `useIsMutating` can see it in flight.
 * @example subscribe.mutate({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters });
 */
export function useSubscribeTrigger(triggerType?: string) {
  const { client, queryClient, scope } = useActionKit('useSubscribeTrigger');
  const refresh = useRefreshSubscriptions('useSubscribeTrigger');
  return useMutation<TriggerSubscription, ActionKitError, SubscribeTriggerRequest>(
    {
      mutationKey: triggerType === undefined ? undefined : actionKitKeys.triggerMutations(scope ?? [], triggerType),
      mutationFn: (request) => client.subscribeTrigger(request),
      retry: false,
      networkMode: 'always',
      onSuccess: refresh,
    },
    queryClient,
  );
}
