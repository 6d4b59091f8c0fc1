import { useCallback } from 'react';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';

/** A function that marks every subscriptions list of the user stale and refetches the shown ones. */
export function useRefreshSubscriptions(hookName: string): () => void {
  const { queryClient, scope } = useActionKit(hookName);
  return useCallback(() => {
    // not awaited: the mutation's answer is shown at once, the list catches up
    void queryClient.invalidateQueries({ queryKey: actionKitKeys.triggerSubscriptionsAll(scope ?? []) });
  }, [queryClient, scope]);
}
