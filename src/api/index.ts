export {
  ActionKitError,
  errorFromResponse,
  type ActionKitErrorKind,
  type ActionKitErrorInit,
  type ActionKitErrorOptions,
} from './ActionKitError';
export { resolveToken, tokenSubject, type TokenSource } from './token';
export {
  createActionKitClient,
  type ActionKitClient,
  type ActionKitClientOptions,
  type ActionList,
  type ActionListError,
  type ListActionsFilters,
  type LoadOptions,
  type LoadOptionsRequest,
  type LoadOptionsResult,
  type RequestOptions,
} from './createActionKitClient';
export { type TriggerKitClient } from './triggers';
export type {
  DeleteTriggerSubscriptionResult,
  ListTriggerSubscriptionsFilters,
  ListTriggersFilters,
  SubscribeTriggerRequest,
  SubscriptionList,
  TriggerDefinition,
  TriggerExampleRecord,
  TriggerExampleRequest,
  TriggerList,
  TriggerListError,
  TriggerModel,
  TriggerSubscription,
  TriggerSubscriptionStatus,
  UpdateTriggerSubscriptionRequest,
  WebhookOverride,
} from './triggerTypes';
