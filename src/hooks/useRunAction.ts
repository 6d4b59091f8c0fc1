import { useMutation } from '@tanstack/react-query';
import type { ActionKitError } from '../api';
import type { Parameters } from '../schema';
import { useActionKit } from './ActionKitContext';
import { actionKitKeys } from './queryKeys';

/** What `useRunAction().mutate` takes. */
export interface RunActionVariables {
  action: string;
  parameters: Parameters;
}

/**
 * Runs an Action through ActionKit (`POST /tools`). Running is not idempotent, so the mutation
 * is never retried and never paused offline, whatever the host QueryClient's defaults say.
 * Given the Action's name, the mutation is keyed by it, so `useIsMutating` can see a Run in flight.
 * @example const run = useRunAction(); run.mutate({ action: 'SLACK_SEND_MESSAGE', parameters });
 */
export function useRunAction(action?: string) {
  const { client, queryClient, scope } = useActionKit('useRunAction');
  return useMutation<unknown, ActionKitError, RunActionVariables>(
    {
      mutationKey: action === undefined ? undefined : actionKitKeys.run(scope ?? [], action),
      mutationFn: ({ action, parameters }) => client.runAction(action, parameters),
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  );
}
