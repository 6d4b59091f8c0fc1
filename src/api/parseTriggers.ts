/** Reading TriggerKit responses: malformed entries are skipped and reported, never thrown. */
import { isRecord } from '../schema/guards';
import type { ParagonInput } from '../schema/types';
import { ActionKitError } from './ActionKitError';
import { readGroups } from './listActions';
import { normalizeErrors } from './listErrors';
import type { DeleteTriggerSubscriptionResult, SubscriptionList, TriggerDefinition, TriggerExampleRecord, TriggerList, TriggerSubscription, WebhookOverride } from './triggerTypes';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** A definition with a `type`; a missing title falls back to the type, missing parameters to none. */
export function readTriggerDefinition(raw: unknown): TriggerDefinition | undefined {
  if (!isRecord(raw) || text(raw.type) === undefined) return undefined;
  const type = raw.type as string;
  return {
    ...raw,
    type,
    triggerModel: typeof raw.triggerModel === 'string' ? raw.triggerModel : '',
    title: text(raw.title) ?? type,
    parameters: Array.isArray(raw.parameters) ? (raw.parameters as ParagonInput[]) : [],
  };
}

/** The text of a subscription's `error`, whether a string or an object with a `message`. */
const errorText = (raw: unknown): string | undefined => text(raw) ?? (isRecord(raw) ? text(raw.message) : undefined);

const isWebhookOverride = (v: unknown): v is WebhookOverride => isRecord(v) && typeof v.url === 'string';

/** A subscription with an `id` and a `type`; other fields are repaired to their documented types. */
export function readSubscription(raw: unknown): TriggerSubscription | undefined {
  if (!isRecord(raw) || text(raw.type) === undefined) return undefined;
  const id = typeof raw.id === 'number' ? String(raw.id) : text(raw.id);
  if (id === undefined) return undefined;
  const { error: rawError, webhookOverride, ...rest } = raw;
  const error = errorText(rawError);
  const subscription: TriggerSubscription = {
    ...rest,
    id,
    type: raw.type as string,
    parameters: isRecord(raw.parameters) ? raw.parameters : {},
    status: typeof raw.status === 'string' ? raw.status : error !== undefined ? 'ERRORED' : 'ACTIVE',
    dateCreated: typeof raw.dateCreated === 'string' ? raw.dateCreated : '',
    dateLastReceivedEvent: typeof raw.dateLastReceivedEvent === 'string' ? raw.dateLastReceivedEvent : null,
    credentialId: typeof raw.credentialId === 'string' ? raw.credentialId : '',
  };
  if (error !== undefined) subscription.error = error;
  if (isWebhookOverride(webhookOverride)) subscription.webhookOverride = webhookOverride;
  return subscription;
}

const invalid = () => new ActionKitError({ kind: 'invalidResponse' });

/** Reads `{ triggers: { [integration]: TriggerDefinition[] }, errors? }`. */
export function parseTriggerList(body: unknown): TriggerList {
  if (!isRecord(body)) throw invalid();
  const errors = normalizeErrors(body.errors);
  return { triggers: readGroups(body.triggers, readTriggerDefinition, ['trigger', 'triggers'], errors), errors };
}

/** Reads `{ triggers: { [integration]: Subscription[] } }` (the API reuses the `triggers` key). */
export function parseSubscriptionList(body: unknown): SubscriptionList {
  if (!isRecord(body)) throw invalid();
  const errors = normalizeErrors(body.errors);
  return { subscriptions: readGroups(body.triggers, readSubscription, ['subscription', 'subscriptions'], errors), errors };
}

/** Reads the subscription a subscribe or update answers with. */
export function parseSubscription(body: unknown): TriggerSubscription {
  const subscription = readSubscription(body);
  if (!subscription) throw invalid();
  return subscription;
}

/** Reads `{ success, warning? }`; an empty 2xx body means success. */
export function parseDeleteResult(body: unknown): DeleteTriggerSubscriptionResult {
  if (body === undefined) return { success: true };
  if (!isRecord(body)) throw invalid();
  const result: DeleteTriggerSubscriptionResult = { success: typeof body.success === 'boolean' ? body.success : true };
  const warning = text(body.warning);
  if (warning !== undefined) result.warning = warning;
  return result;
}

/** Reads the array of example records, dropping entries that are not records. */
export function parseExamples(body: unknown): TriggerExampleRecord[] {
  if (!Array.isArray(body)) throw invalid();
  return body.filter(isRecord);
}
