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
export async function parseActionList(body: unknown): Promise<ActionList> {
  if (!isRecord(body)) throw new ActionKitError({ kind: 'invalidResponse' });
  const raw = body.errors;
  // most lists report no problems: reading them loads only when there are some
  const none = raw === null || raw === undefined || (Array.isArray(raw) && raw.length === 0);
  const errors = none ? [] : (await import('./listErrors')).normalizeErrors(raw);
  const groups = isRecord(body.actions) ? body.actions : body.tools;
  const actions = readGroups(groups, (raw) => (isAction(raw) ? raw : undefined), ['action', 'actions'], errors);
  return { actions, errors };
}
