import type { FilterDraft, FilterDraftCondition } from '../../schema';

export const emptyRow = (): FilterDraftCondition => ({ field: '', operator: '' });

/** The groups the builder shows: non-empty AND groups, or one empty row when there are none. */
export function visibleDraft(value: unknown): FilterDraft {
  const groups = Array.isArray(value)
    ? value.filter((g): g is FilterDraftCondition[] => Array.isArray(g) && g.length > 0)
    : [];
  return groups.length ? groups : [[emptyRow()]];
}

export const updateRow = (draft: FilterDraft, g: number, r: number, row: FilterDraftCondition): FilterDraft =>
  draft.map((rows, gi) => (gi === g ? rows.map((old, ri) => (ri === r ? row : old)) : rows));

export const addRow = (draft: FilterDraft, g: number): FilterDraft =>
  draft.map((rows, gi) => (gi === g ? [...rows, emptyRow()] : rows));

export const addGroup = (draft: FilterDraft): FilterDraft => [...draft, [emptyRow()]];

/** Removes a row; a group left empty goes too, so the result may be `[]` (shown as one empty row). */
export const removeRow = (draft: FilterDraft, g: number, r: number): FilterDraft =>
  draft
    .map((rows, gi) => (gi === g ? rows.filter((_, ri) => ri !== r) : rows))
    .filter((rows) => rows.length > 0);

/** React keys parallel to a draft's groups and rows, so they follow their rows when others are removed. */
export type DraftKeys = Array<{ group: string; rows: string[] }>;

export const sameShape = (keys: DraftKeys, draft: FilterDraft) =>
  keys.length === draft.length && keys.every((k, g) => k.rows.length === draft[g].length);
