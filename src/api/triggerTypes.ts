/** Types of the TriggerKit API (beta): trigger definitions, subscriptions and their filters. */
import type { ParagonInput, Parameters } from '../schema/types';
import type { ActionListError } from './createActionKitClient';

/** How a trigger learns about events; newer models are kept as the server names them. */
export type TriggerModel = 'POLLING' | 'WEBHOOK' | (string & {});

/** A trigger an integration offers, with the Paragon-format parameters that configure it. */
export interface TriggerDefinition {
  /** The trigger's name, e.g. `SALESFORCE_TRIGGER_RECORD_CREATED`. */
  type: string;
  triggerModel: TriggerModel;
  title: string;
  description?: string;
  /** Inputs in Paragon format; a parameter may carry `label` instead of `title`. */
  parameters: ParagonInput[];
  [key: string]: unknown;
}

/** One problem the Triggers API reported, or an entry it sent that could not be read. */
export type TriggerListError = ActionListError;

/** Trigger definitions keyed by integration, with the problems the server reported. */
export interface TriggerList {
  triggers: Record<string, TriggerDefinition[]>;
  errors: TriggerListError[];
}

/** Where a subscription's events go instead of the project's webhook. */
export interface WebhookOverride {
  url: string;
  headers?: Record<string, string>;
  metadata?: Record<string, unknown>;
}

/** Whether a subscription receives events; newer statuses are kept as the server names them. */
export type TriggerSubscriptionStatus = 'ACTIVE' | 'ERRORED' | (string & {});

/** A user's subscription to a trigger. */
export interface TriggerSubscription {
  id: string;
  type: string;
  parameters: Parameters;
  status: TriggerSubscriptionStatus;
  /** Why an `ERRORED` subscription fails, as text. */
  error?: string;
  /** ISO 8601 date, as the server sent it. */
  dateCreated: string;
  /** ISO 8601 date of the last event; `null` before the first. */
  dateLastReceivedEvent: string | null;
  credentialId: string;
  webhookOverride?: WebhookOverride;
  [key: string]: unknown;
}

/** Subscriptions keyed by integration, with entries that could not be read. */
export interface SubscriptionList {
  subscriptions: Record<string, TriggerSubscription[]>;
  errors: TriggerListError[];
}

/** Query filters of `GET /triggers`. */
export interface ListTriggersFilters {
  integrations?: string[];
}

/** Query filters of `GET /trigger-subscriptions`. */
export interface ListTriggerSubscriptionsFilters {
  integrations?: string[];
  status?: TriggerSubscriptionStatus;
  /** A trigger type, e.g. `SLACK_TRIGGER_APP_MENTIONED`. */
  type?: string;
}

/** The body of `POST /trigger-subscriptions`. */
export interface SubscribeTriggerRequest {
  integration: string;
  type: string;
  parameters: Parameters;
  webhookOverride?: WebhookOverride;
}

/**
 * The body of `PATCH /trigger-subscriptions/{id}`. Parameters are shallow-merged by the server:
 * omitted keys stay, `null` removes a key, arrays replace (see `subscriptionPatch`).
 */
export interface UpdateTriggerSubscriptionRequest {
  parameters?: Record<string, unknown>;
  webhookOverride?: WebhookOverride;
}

/** The answer of `DELETE /trigger-subscriptions/{id}`. */
export interface DeleteTriggerSubscriptionResult {
  success: boolean;
  /** Something the server could not clean up, e.g. a webhook it could not deregister. */
  warning?: string;
}

/** The body of `POST /triggers/examples`. */
export interface TriggerExampleRequest {
  type: string;
  integration: string;
  parameters?: Parameters;
}

/** One example event record of a trigger (its fields reflect the user's custom fields). */
export type TriggerExampleRecord = Record<string, unknown>;
