import { useCallback, type RefObject } from 'react';
import { useTriggerExample } from '../hooks';
import type { Parameters } from '../schema';
import { reportHostError } from './reportHostError';
import type { TriggerFormProps } from './triggerFormTypes';
import { useOneAtATime } from './useOneAtATime';

/** "Show example payload": asks for example records with the current parameters (one request per click) and hands them to `onExample`. */
export function useExamplePayload(type: string, integration: string, parameters: () => Parameters, props: RefObject<TriggerFormProps>) {
  const { mutateAsync, reset, data, error, isPending } = useTriggerExample();
  const exclusive = useOneAtATime(() => !!props.current.disabled);
  const show = useCallback(() => exclusive(async () => {
    try {
      const records = await mutateAsync({ type, integration, parameters: parameters() });
      reportHostError('onExample', () => props.current.onExample?.(records));
    } catch (e) {
      reportHostError('onError', () => props.current.onError?.(e instanceof Error ? e : new Error(String(e)))); // shown by the alert
    }
  }), [exclusive, mutateAsync, type, integration, parameters, props]);
  return { show, reset, records: data, error, loading: isPending };
}
