import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, SubscribeTriggerRequest, TriggerSubscription } from '../api';
import { useActionKit } from './ActionKitContext';
import { useRefreshSubscriptions } from './useRefreshSubscriptions';

/**
 * Subscribes the user to a trigger (`POST /trigger-subscriptions`). Subscribing is not
 * idempotent, so the mutation is never retried and never paused offline, whatever the host
 * QueryClient's defaults say. The subscriptions lists refresh on success.
 * @example subscribe.mutate({ integration: 'slack', type: 'SLACK_TRIGGER_APP_MENTIONED', parameters });
 */
export function useSubscribeTrigger() {
  const { client, queryClient } = useActionKit('useSubscribeTrigger');
  const refresh = useRefreshSubscriptions('useSubscribeTrigger');
  return useMutation<TriggerSubscription, ActionKitError, SubscribeTriggerRequest>(
    {
      mutationFn: (request) => client.subscribeTrigger(request),
      retry: false,
      networkMode: 'always',
      onSuccess: refresh,
    },
    queryClient,
  );
}
