import { useMutation } from '@tanstack/react-query';
import type { ActionKitError } from '../api';
import type { Parameters } from '../schema';
import { useActionKit } from './ActionKitContext';

/** What `useRunAction().mutate` takes. */
export interface RunActionVariables {
  action: string;
  parameters: Parameters;
}

/**
 * Runs an Action through ActionKit (`POST /tools`). Running is not idempotent, so the mutation
 * is never retried and never paused offline, whatever the host QueryClient's defaults say.
 * @example const run = useRunAction(); run.mutate({ action: 'SLACK_SEND_MESSAGE', parameters });
 */
export function useRunAction() {
  const { client, queryClient } = useActionKit('useRunAction');
  return useMutation<unknown, ActionKitError, RunActionVariables>(
    {
      mutationFn: ({ action, parameters }) => client.runAction(action, parameters),
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  );
}
