import { useIsMutating } from '@tanstack/react-query';
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { TriggerSubscription } from '../api';
import { actionKitKeys, useActionKit, useDeleteTriggerSubscription, useAreaMessages, useSubscribeTrigger, useUpdateTriggerSubscription } from '../hooks';
import { triggerMessages, isDeepEqual, subscriptionPatch, type Parameters } from '../schema';
import { reportHostError } from './reportHostError';
import type { TriggerFormProps } from './triggerFormTypes';
import { useOneAtATime } from './useOneAtATime';

/** What the last subscribe, update, save or unsubscribe came to, as the form shows it. */
export type TriggerOutcome =
  | { kind: 'idle' | 'saving' | 'saved' }
  | { kind: 'subscribed' | 'updated'; subscription: TriggerSubscription }
  | { kind: 'unsubscribed'; warning?: string }
  | { kind: 'failed'; title: string; error: Error };

interface TriggerActionsOptions {
  type: string;
  integration: string;
  /** The latest props, read when a click happens. */
  props: RefObject<TriggerFormProps>;
  subscription: RefObject<TriggerSubscription | undefined>;
  setSubscription: (next: TriggerSubscription | undefined) => void;
  /** Validates and returns the parameters, or `undefined` when a field is invalid. */
  collect: () => Parameters | undefined;
}

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** Submit (subscribe, update or save) and unsubscribe of a trigger form: one request per click, values kept on failure. */
export function useTriggerActions({ type, integration, props, subscription, setSubscription, collect }: TriggerActionsOptions) {
  const { mutateAsync: create, isPending: creating } = useSubscribeTrigger(type);
  const { mutateAsync: patch, isPending: patching } = useUpdateTriggerSubscription(type);
  const { mutateAsync: remove, isPending: removing } = useDeleteTriggerSubscription(type);
  // a request started by an earlier mount of this form (the host remounted it) still counts
  const { queryClient, scope } = useActionKit('TriggerForm');
  const inFlight = useIsMutating({ mutationKey: actionKitKeys.triggerMutations(scope ?? [], type) }, queryClient) > 0;
  const inFlightRef = useRef(inFlight);
  inFlightRef.current = inFlight;
  const [outcome, setOutcome] = useState<TriggerOutcome>({ kind: 'idle' });
  const M = useAreaMessages(triggerMessages);
  const failed = useCallback((title: string, e: unknown) => {
    setOutcome({ kind: 'failed', title, error: toError(e) });
    reportHostError('onError', () => props.current.onError?.(toError(e)));
  }, [props]);

  const exclusive = useOneAtATime(() => !!props.current.disabled || inFlightRef.current);

  const submit = useCallback(() => exclusive(async () => {
    const parameters = collect();
    if (!parameters) return;
    const { onSubmit, onSubscribed, webhookOverride } = props.current;
    if (onSubmit) {
      setOutcome({ kind: 'saving' });
      try {
        await onSubmit(parameters);
        setOutcome({ kind: 'saved' });
      } catch (e) {
        failed(M.saveFailed, e);
      }
      return;
    }
    const base = subscription.current;
    setOutcome({ kind: 'idle' }); // a new attempt: the previous message goes, the next one is announced afresh
    try {
      const saved = base
        ? await patch({
            id: base.id,
            parameters: subscriptionPatch(base.parameters, parameters),
            ...(webhookOverride && !isDeepEqual(webhookOverride, base.webhookOverride) ? { webhookOverride } : {}),
          })
        : await create({ integration, type, parameters, webhookOverride });
      setSubscription(saved);
      setOutcome({ kind: base ? 'updated' : 'subscribed', subscription: saved });
      reportHostError('onSubscribed', () => onSubscribed?.(saved));
    } catch (e) {
      failed(base ? M.updateFailed : M.subscribeFailed, e); // shown by the alert; every typed value stays
    }
  }), [exclusive, collect, props, subscription, patch, create, integration, type, setSubscription, failed, M]);

  const unsubscribe = useCallback(() => exclusive(async () => {
    const base = subscription.current;
    if (!base) return;
    setOutcome({ kind: 'idle' });
    try {
      const { warning } = await remove({ id: base.id });
      setSubscription(undefined);
      setOutcome({ kind: 'unsubscribed', warning });
      reportHostError('onUnsubscribed', () => props.current.onUnsubscribed?.(base.id));
    } catch (e) {
      failed(M.unsubscribeFailed, e);
    }
  }), [exclusive, subscription, remove, setSubscription, props, failed, M]);

  const reset = useCallback(() => setOutcome({ kind: 'idle' }), []);
  const busy = creating || patching || removing || inFlight || outcome.kind === 'saving';
  return { submit, unsubscribe, reset, outcome, busy, unsubscribing: removing };
}
