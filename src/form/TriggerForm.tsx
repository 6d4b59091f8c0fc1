'use client';
import { forwardRef, useCallback, useState } from 'react';
import type { TriggerSubscription } from '../api';
import { MessagesContext, useCoreMessages } from '../hooks';
import { FieldBoundary } from './FieldBoundary';
import { LazyErrorAlert } from './lazyParts';
import { LoadedTriggerForm } from './LoadedTriggerForm';
import type { TriggerFormHandle, TriggerFormProps } from './triggerFormTypes';
import { TriggerFormView } from './TriggerFormView';
import { useMergedMessages } from './useMergedMessages';

// for the host's developer, not the user: these stay English
const NO_SOURCE = 'Pass `trigger` (a trigger type) or `schema` (a trigger definition) to TriggerForm.';
const NO_INTEGRATION = 'Pass `integration` with `schema`: a trigger cannot be subscribed to without its integration.';

/**
 * Which subscription the form was opened on, for its key: a subscription the form itself created
 * or deleted (and the host then passes back, or drops) keeps the form, so its status message stays.
 */
function useSubscriptionKey(subscription: TriggerSubscription | undefined) {
  const id = subscription?.id;
  const [state, setState] = useState({ key: id ?? '', held: id });
  let current = state;
  if (id !== state.held) {
    current = { key: id ?? '', held: id };
    setState(current);
  }
  const onHeld = useCallback((held: TriggerSubscription | undefined) => setState((s) => ({ key: s.key, held: held?.id })), []);
  return [current.key, onHeld] as const;
}

/**
 * The configuration form of a TriggerKit trigger, on the same renderer and inputs as `ActionForm`:
 * loads the definition by type (or renders `schema`), subscribes the user, or, given a `subscription`,
 * updates it (dropped keys sent as `null`) or unsubscribes after an inline confirmation.
 * @example <TriggerForm trigger="SALESFORCE_TRIGGER_RECORD_CREATED" onSubscribed={(s) => save(s.id)} />
 */
export const TriggerForm = /* @__PURE__ */ forwardRef<TriggerFormHandle, TriggerFormProps>(function TriggerForm(props, ref) {
  const { trigger, schema, integration, ...rest } = props;
  const type = schema?.type ?? trigger;
  const [subscriptionKey, onHeld] = useSubscriptionKey(props.subscription);
  const messages = useMergedMessages(useCoreMessages(), props.messages);
  let content;
  // keyed by trigger type and opened subscription, not by object: an inline or refetched schema must not remount the form
  const key = `${schema ? 's' : 't'}:${type}#${subscriptionKey}`;
  if (schema && integration) content = <TriggerFormView key={key} {...rest} schema={schema} integration={integration} handleRef={ref} onHeld={onHeld} />;
  else if (schema) content = <LazyErrorAlert title={messages.nothingToShow} error={new Error(NO_INTEGRATION)} />;
  else if (trigger) content = <LoadedTriggerForm key={key} {...rest} type={trigger} integration={integration} handleRef={ref} onHeld={onHeld} />;
  else content = <LazyErrorAlert title={messages.nothingToShow} error={new Error(NO_SOURCE)} />;
  return (
    <div className={['akf-root', props.className].filter(Boolean).join(' ')} data-akf-trigger={type}>
      <MessagesContext.Provider value={messages}>
        <FieldBoundary title={messages.thisForm} resetKeys={[trigger, schema]}>
          {content}
        </FieldBoundary>
      </MessagesContext.Provider>
    </div>
  );
});
