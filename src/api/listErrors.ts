import { isRecord } from '../schema/guards';
import type { ActionListError } from './createActionKitClient';

// Reading the `errors` a list response reports (Actions, triggers, subscriptions): loaded only when it reports some.
function messageOf(raw: Record<string, unknown>): string | undefined {
  for (const key of ['message', 'error', 'detail']) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (isRecord(value) && typeof value.message === 'string') return value.message;
  }
  return undefined;
}

function normalizeError(raw: unknown, integration?: string): ActionListError | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    const error: ActionListError = { message: String(raw), raw };
    if (integration !== undefined) error.integration = integration;
    return error;
  }
  const record = isRecord(raw) ? raw : {};
  const message = messageOf(record);
  const error: ActionListError = message === undefined ? { message: 'An integration reported an unreadable error.', raw, unreadable: true } : { message, raw };
  const named = typeof record.integration === 'string' ? record.integration : integration;
  if (named !== undefined) error.integration = named;
  return error;
}

/** Normalizes the `errors` of a list response: an array, an object keyed by integration, or one value. */
export function normalizeErrors(raw: unknown): ActionListError[] {
  if (raw === null || raw === undefined) return [];
  const entries: Array<[unknown, string | undefined]> = Array.isArray(raw)
    ? raw.map((item) => [item, undefined])
    : isRecord(raw) && messageOf(raw) === undefined
      ? Object.entries(raw).map(([integration, item]) => [item, integration])
      : [[raw, undefined]];
  return entries.flatMap(([item, integration]) => normalizeError(item, integration) ?? []);
}
