import { hasVariableToken, isRecord } from './guards';
import { isFilterOperator, operatorValueKind } from './filterOperators';
import type { FilterAndGroup, FilterCondition, FilterOperator, FilterValue } from './types';

/** A filter row as edited: any part may still be empty. */
export interface FilterDraftCondition {
  field: string;
  operator: FilterOperator | '';
  value?: unknown;
}

/** A filter as edited: OR of AND groups of rows. */
export type FilterDraft = FilterDraftCondition[][];


/** The value a complete row sends, or undefined when the row is incomplete. */
function conditionValue(operator: FilterOperator, value: unknown): { ok: boolean; value?: unknown } {
  const kind = operatorValueKind(operator);
  if (kind === 'none') return { ok: true };
  if (kind === 'list') {
    const items = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
      .map((v) => String(v).trim()).filter(Boolean);
    return items.length ? { ok: true, value: items } : { ok: false };
  }
  if (kind === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') return { ok: false };
    return Number.isFinite(Number(text)) && !hasVariableToken(text) ? { ok: true, value: Number(text) } : { ok: true, value: text };
  }
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  return text ? { ok: true, value: text } : { ok: false };
}

function cleanCondition(row: FilterDraftCondition): FilterCondition | undefined {
  if (!isRecord(row) || typeof row.field !== 'string' || !row.field || !isFilterOperator(row.operator)) return undefined;
  const v = conditionValue(row.operator, row.value);
  if (!v.ok) return undefined;
  return v.value === undefined ? { field: row.field, operator: row.operator } : { field: row.field, operator: row.operator, value: v.value };
}

/** The DNF object a draft sends: incomplete rows and empty groups dropped; undefined when nothing is complete. */
export function cleanFilter(draft: FilterDraft): FilterValue | undefined {
  const groups: FilterAndGroup[] = [];
  for (const rows of draft) {
    const conditions = rows.map(cleanCondition).filter((c): c is FilterCondition => !!c);
    if (conditions.length) groups.push({ operator: 'AND', conditions });
  }
  return groups.length ? { operator: 'OR', conditions: groups } : undefined;
}

function parseRow(raw: unknown, dropped: string[]): FilterDraftCondition | undefined {
  if (!isRecord(raw) || typeof raw.field !== 'string') {
    dropped.push('a condition without a field');
    return undefined;
  }
  if (!isFilterOperator(raw.operator)) {
    dropped.push(`the condition on "${raw.field}" (unknown operator ${JSON.stringify(raw.operator ?? null)})`);
    return undefined;
  }
  return { field: raw.field, operator: raw.operator, value: raw.value };
}

const isGroup = (v: unknown): v is { operator?: unknown; conditions: unknown[] } => isRecord(v) && Array.isArray(v.conditions);

/**
 * Reads a saved filter back into a draft, tolerating common malformations
 * (a bare AND group, a bare list of conditions, one level of nesting too many).
 * `dropped` describes every part that could not be kept.
 */
export function parseFilter(saved: unknown): { draft: FilterDraft; dropped: string[] } {
  const dropped: string[] = [];
  if (saved == null) return { draft: [], dropped };
  let groups: unknown[];
  if (Array.isArray(saved)) {
    dropped.push('the saved filter was a bare list; it was read as one AND group');
    groups = [{ conditions: saved }];
  } else if (isGroup(saved) && saved.operator === 'OR') {
    groups = saved.conditions.flatMap((g) => (isGroup(g) && g.operator === 'OR' ? g.conditions : [g])); // an OR wrapped in an OR
  } else if (isGroup(saved)) groups = [saved];
  else {
    dropped.push('the saved filter was not a filter object');
    return { draft: [], dropped };
  }
  const draft: FilterDraft = [];
  for (const group of groups) {
    const rows = isGroup(group) ? group.conditions : [group];
    if (rows.some((r) => isGroup(r) && r.operator === 'OR')) dropped.push('an OR group inside an AND group was read as AND');
    const parsed = rows.flatMap((r) => (isGroup(r) ? r.conditions : [r]))
      .map((r) => parseRow(r, dropped)).filter((r): r is FilterDraftCondition => !!r);
    if (parsed.length) draft.push(parsed);
  }
  return { draft, dropped };
}

/** A draft from elsewhere (a form value, a host) with every row in its edited shape; junk rows dropped. */
export const normalizeDraft = (draft: unknown[][]): FilterDraft =>
  draft
    .map((rows) => rows.filter(isRecord).map((r) => ({ field: typeof r.field === 'string' ? r.field : '', operator: isFilterOperator(r.operator) ? r.operator : '', value: r.value } as FilterDraftCondition)))
    .filter((rows) => rows.length > 0);
