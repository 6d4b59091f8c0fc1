import type { ActionKitError, TriggerDefinition, TriggerExampleRecord, TriggerSubscription, WebhookOverride } from '../api';
import type { InputComponentOverrides } from '../inputs';
import type { ActionFormMessageOverrides, Parameters } from '../schema';
import type { ActionFormHandle } from './types';

/** Props of `TriggerForm`. */
export interface TriggerFormProps {
  /** Type of the trigger to load, e.g. `SALESFORCE_TRIGGER_RECORD_CREATED`. Ignored when `schema` is given. */
  trigger?: string;
  /** A trigger definition to render without loading it (then `integration` is required). */
  schema?: TriggerDefinition;
  /** The trigger's integration, e.g. `salesforce`: required with `schema`; with `trigger` it narrows the list request. */
  integration?: string;
  /** An existing subscription to edit: the form restores its parameters, submit PATCHes it, "Unsubscribe" deletes it. */
  subscription?: TriggerSubscription;
  /** Where the subscription's events go instead of the project's webhook (sent on subscribe, and on update when changed). */
  webhookOverride?: WebhookOverride;
  /** Flat parameters saved earlier (create mode; edit mode restores from `subscription.parameters`). */
  defaultValues?: Parameters;
  /** Current flat parameters: once on mount, then after each edit. */
  onChange?: (parameters: Parameters) => void;
  /** "Save" mode: submit hands the parameters to the host instead of subscribing. */
  onSubmit?: (parameters: Parameters) => void | Promise<unknown>;
  /** After a subscription was created or updated, with the server's answer. */
  onSubscribed?: (subscription: TriggerSubscription) => void;
  /** After "Unsubscribe" was confirmed and the subscription deleted. */
  onUnsubscribed?: (id: string) => void;
  /** After a failed subscribe, update, unsubscribe or example request (or a rejected `onSubmit`). */
  onError?: (error: ActionKitError | Error) => void;
  /** With the example records that "Show example payload" loaded, e.g. to offer their fields as variables. */
  onExample?: (records: TriggerExampleRecord[]) => void;
  /** Controls to use instead of the built-in ones, by input type. */
  components?: InputComponentOverrides;
  /** Overrides of the provider's messages for this form. */
  messages?: ActionFormMessageOverrides;
  /** Label of the submit button (default "Subscribe", "Update subscription" in edit mode, "Save" with `onSubmit`). */
  submitLabel?: string;
  /** Disables every control and button. */
  disabled?: boolean;
  /** Hides the submit button (use the ref handle's `submit()` from your own button). */
  hideSubmit?: boolean;
  /** Class name added to the form's root element. */
  className?: string;
}

/**
 * Imperative handle of `TriggerForm`, the same as `ActionFormHandle`: `submit()` subscribes (or
 * updates, or saves), and `reload()` refetches the trigger definitions (no-op for a `schema`).
 */
export type TriggerFormHandle = ActionFormHandle;
