import { useMutation } from '@tanstack/react-query';
import type { ActionKitError, TriggerExampleRecord, TriggerExampleRequest } from '../api';
import { useActionKit } from './ActionKitContext';

/**
 * Fetches a trigger's example records (`POST /triggers/examples`) on demand, with the parameters
 * the user has chosen so far. A mutation, so each click asks again; not retried, not paused offline
 * (an offline click fails at once instead of waiting silently).
 * @example example.mutate({ type, integration, parameters }, { onSuccess: (records) => offerAsVariables(records) });
 */
export function useTriggerExample() {
  const { client, queryClient } = useActionKit('useTriggerExample');
  return useMutation<TriggerExampleRecord[], ActionKitError, TriggerExampleRequest>(
    {
      mutationFn: (request) => client.triggerExamples(request),
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  );
}
