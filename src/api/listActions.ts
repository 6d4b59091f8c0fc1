import type { ParagonAction } from '../schema/types';
import { ActionKitError } from './ActionKitError';
import type { ActionList, ActionListError, ListActionsFilters } from './createActionKitClient';
import { isRecord } from '../schema/guards';

// Commas stay literal (`integrations=salesforce,hubspot`), as the API documents them.
export const listParam = (values: string[]): string => values.map(encodeURIComponent).join(',');

/** The List Actions URL with `format=paragon` and the given filters. */
export function buildListUrl(base: string, filters: ListActionsFilters): string {
  const query = ['format=paragon'];
  if (filters.integrations?.length) query.push(`integrations=${listParam(filters.integrations)}`);
  if (filters.categories?.length) query.push(`categories=${listParam(filters.categories)}`);
  if (filters.limitToAvailable !== undefined) query.push(`limit_to_available=${String(filters.limitToAvailable)}`);
  if (filters.reloadFields) query.push('reload_fields=true');
  return `${base}?${query.join('&')}`;
}

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

const isAction = (v: unknown): v is ParagonAction => isRecord(v) && typeof v.name === 'string' && v.name !== '';

/**
 * Reads `{ [integration]: T[] }`, keeping the entries `read` accepts and reporting the rest in `errors`.
 * `noun` names one skipped entry and several, e.g. `['action', 'actions']`.
 */
export function readGroups<T>(groups: unknown, read: (raw: unknown) => T | undefined, noun: readonly [string, string], errors: ActionListError[]): Record<string, T[]> {
  const lists: Array<[string, T[]]> = [];
  for (const [integration, list] of Object.entries(isRecord(groups) ? groups : {})) {
    if (!Array.isArray(list)) continue;
    const valid: T[] = [];
    const invalid: unknown[] = [];
    for (const item of list) {
      const entry = read(item);
      if (entry === undefined) invalid.push(item);
      else valid.push(entry);
    }
    lists.push([integration, valid]);
    if (invalid.length > 0) {
      const skipped = invalid.length;
      errors.push({ message: `Skipped ${skipped} malformed ${skipped === 1 ? noun[0] : noun[1]} of ${integration}.`, integration, raw: invalid, skipped });
    }
  }
  // fromEntries defines own properties, so a `__proto__` key cannot reach the prototype.
  return Object.fromEntries(lists);
}

/** Reads a List Actions body (`actions` or `tools` key), skipping entries of the wrong shape. */
export function parseActionList(body: unknown): ActionList {
  if (!isRecord(body)) throw new ActionKitError({ kind: 'invalidResponse' });
  const errors = normalizeErrors(body.errors);
  const groups = isRecord(body.actions) ? body.actions : body.tools;
  const actions = readGroups(groups, (raw) => (isAction(raw) ? raw : undefined), ['action', 'actions'], errors);
  return { actions, errors };
}
