import { useCallback, useEffect, useImperativeHandle, useInsertionEffect, useMemo, useRef, type Ref } from 'react';
import type { TriggerDefinition, TriggerSubscription } from '../api';
import { useAreaMessages } from '../hooks';
import { triggerMessages, triggerAsAction } from '../schema';
import { adoptStyles } from './adoptStyles';
import { BusyButton } from './BusyButton';
import { FormFields } from './FormFields';
import { LazyErrorAlert, LazyRunResult } from './lazyParts';
import type { TriggerFormHandle, TriggerFormProps } from './triggerFormTypes';
import { UnsubscribeControl } from './UnsubscribeControl';
import { useExamplePayload } from './useExamplePayload';
import { useFormCore } from './useFormCore';
import { useSubscriptionState } from './useSubscriptionState';
import { useTriggerActions } from './useTriggerActions';
import triggerFormCss from './triggerForm.css?inline'; // a string: adopted below, not dropped by lib mode

export interface TriggerFormViewProps extends Omit<TriggerFormProps, 'trigger' | 'schema' | 'integration'> {
  schema: TriggerDefinition;
  integration: string;
  handleRef?: Ref<TriggerFormHandle>;
  /** Refetches the trigger definitions (loaded forms only). */
  reload?: () => Promise<unknown>;
  /** Tells the owner which subscription this form now holds after it created or deleted one. */
  onHeld?: (subscription: TriggerSubscription | undefined) => void;
}

/** The form for one trigger definition: the shared form core, plus subscribe / update / unsubscribe and the example payload. */
export function TriggerFormView(props: TriggerFormViewProps) {
  const { schema, integration, handleRef, hideSubmit, className, reload, onHeld } = props;
  useInsertionEffect(() => adoptStyles('trigger-form', triggerFormCss), []); // with TriggerForm, not in styles.css
  const disabled = !!props.disabled;
  const M = useAreaMessages(triggerMessages);
  const latest = useRef<TriggerFormProps>(props);
  latest.current = props;
  const [subscription, subscriptionRef, setSubscriptionState] = useSubscriptionState(props.subscription);
  const action = useMemo(() => triggerAsAction(schema), [schema]);
  const core = useFormCore({ schema: action, defaultValues: subscription?.parameters ?? props.defaultValues, onChange: props.onChange, components: props.components, integration, disabled });
  const collect = useCallback(() => (core.validateAll() ? core.getParameters() : undefined), [core]);
  const setSubscription = useCallback((next: TriggerSubscription | undefined) => {
    setSubscriptionState(next);
    onHeld?.(next);
  }, [setSubscriptionState, onHeld]);
  const actions = useTriggerActions({ type: schema.type, integration, props: latest, subscription: subscriptionRef, setSubscription, collect });
  const example = useExamplePayload(schema.type, integration, core.getParameters, latest);
  const { outcome } = actions;

  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome.kind === 'unsubscribed') statusRef.current?.focus(); // the confirmation that had focus is gone
  }, [outcome]);
  // after mount, not up front: a request that fails once the user is offline can still show its alert
  useEffect(() => void LazyErrorAlert.preload(), []);

  const validate = useCallback(async () => core.validateAll(), [core]);
  const { reset: resetActions } = actions;
  const { reset: resetExample } = example;
  const reset = useCallback(() => {
    core.reset();
    resetActions();
    resetExample();
  }, [core, resetActions, resetExample]);
  const reloadSchema = useCallback(async () => void (await reload?.()), [reload]);
  useImperativeHandle(handleRef, () => ({ submit: actions.submit, validate, reset, getParameters: core.getParameters, reload: reloadSchema }), [actions.submit, validate, reset, core.getParameters, reloadSchema]);

  const erroredReason = subscription?.status === 'ERRORED' ? (subscription.error ?? M.erroredWithoutReason) : undefined;
  const erroredError = useMemo(() => (erroredReason === undefined ? undefined : new Error(erroredReason)), [erroredReason]);
  const label = props.submitLabel ?? (props.onSubmit ? M.save : subscription ? M.updateSubscription : M.subscribe);
  return (
    <form
      className={['akf-form', 'akf-form--trigger', className].filter(Boolean).join(' ')}
      noValidate
      aria-label={action.title || schema.type}
      aria-busy={actions.busy || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void actions.submit();
      }}
    >
      {erroredError && <LazyErrorAlert title={M.errored} error={erroredError} />}
      <FormFields compiled={core.compiled} context={core.context} />
      <div role="status" className="akf-status">
        {outcome.kind === 'subscribed' && <p className="akf-status__message">{M.subscribed(M.subscriptionStatus(outcome.subscription.status))}</p>}
        {outcome.kind === 'updated' && <p className="akf-status__message">{M.subscriptionUpdated(M.subscriptionStatus(outcome.subscription.status))}</p>}
        {outcome.kind === 'saved' && <p className="akf-status__message">{M.saved}</p>}
        {outcome.kind === 'unsubscribed' && (
          <p className="akf-status__message" ref={statusRef} tabIndex={-1}>
            {M.unsubscribed}
            {outcome.warning && <span className="akf-status__warning"> {outcome.warning}</span>}
          </p>
        )}
        {example.records && <p className="akf-status__message">{M.exampleLoaded(example.records.length)}</p>}
      </div>
      {outcome.kind === 'failed' && <LazyErrorAlert title={outcome.title} error={outcome.error} />}
      {example.error && <LazyErrorAlert title={M.exampleFailed} error={example.error} />}
      {example.records && <LazyRunResult result={example.records} title={M.exampleTitle} />}
      <div className="akf-actions akf-actions--wrap">
        {!hideSubmit && (
          <BusyButton type="submit" variant="primary" busy={actions.busy && !actions.unsubscribing} disabled={disabled || actions.busy}>
            {label}
          </BusyButton>
        )}
        <BusyButton busy={example.loading} disabled={disabled} onClick={() => void example.show()}>
          {M.showExample}
        </BusyButton>
        {subscription && <UnsubscribeControl busy={actions.unsubscribing} disabled={disabled || (actions.busy && !actions.unsubscribing)} onConfirm={actions.unsubscribe} />}
      </div>
    </form>
  );
}
