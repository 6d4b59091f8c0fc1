import { useLayoutEffect, useRef, useState } from 'react';
import type { FilterDraft, FilterDraftCondition } from '../../schema';
import { addGroup, addRow, removeRow, sameShape, updateRow, visibleDraft, type DraftKeys } from './filterDraftOps';

/** What to focus once the edited draft has rendered: a row's Field, or a group's "Add condition". */
type FocusTarget = { kind: 'field' | 'add'; key: string };

/** Ref callbacks for the elements focus can move to, by row key (Field) or group key ("Add condition"). */
export interface FilterFocusRefs {
  field(rowKey: string): (element: HTMLElement | null) => void;
  add(groupKey: string): (element: HTMLElement | null) => void;
}

/**
 * The builder's editing state: the visible draft with stable keys, the edits (each emits a new
 * draft through `onChange`), and focus moves after adding or removing rows.
 */
export function useFilterDraft(value: FilterDraft, onChange: (draft: FilterDraft) => void) {
  const draft = visibleDraft(value);
  const counter = useRef(0);
  const newKey = () => `k${++counter.current}`;
  const freshKeys = (d: FilterDraft): DraftKeys => d.map((rows) => ({ group: newKey(), rows: rows.map(newKey) }));

  // The draft we emitted last with its keys: when the host hands it back, rows keep their keys.
  const emitted = useRef<{ draft: FilterDraft; keys: DraftKeys } | null>(null);
  const [keys, setKeys] = useState<DraftKeys>(() => freshKeys(draft));
  const mine = emitted.current?.draft === value && sameShape(emitted.current.keys, draft) ? emitted.current.keys : undefined;
  const current = mine ?? (sameShape(keys, draft) ? keys : freshKeys(draft));
  if (current !== keys) setKeys(current);

  const elements = useRef(new Map<string, HTMLElement>());
  const pending = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    // Only the commit right after an edit may move focus: a host that rejected the edit must not see focus jump later.
    pending.current = null;
    elements.current.get(`${target.kind}:${target.key}`)?.focus();
  });

  const emit = (next: FilterDraft, nextKeys: DraftKeys, focus: FocusTarget) => {
    emitted.current = { draft: next, keys: nextKeys };
    pending.current = focus;
    onChange(next);
  };

  const register = (kind: FocusTarget['kind']) => (key: string) => (element: HTMLElement | null) => {
    if (element) elements.current.set(`${kind}:${key}`, element);
    else elements.current.delete(`${kind}:${key}`);
  };

  return {
    draft,
    keys: current,
    refs: { field: register('field'), add: register('add') } satisfies FilterFocusRefs,
    update(g: number, r: number, row: FilterDraftCondition) {
      const next = updateRow(draft, g, r, row);
      emitted.current = { draft: next, keys: current };
      onChange(next);
    },
    addRow(g: number) {
      const key = newKey();
      const nextKeys = current.map((k, gi) => (gi === g ? { group: k.group, rows: [...k.rows, key] } : k));
      emit(addRow(draft, g), nextKeys, { kind: 'field', key });
    },
    addGroup() {
      const key = newKey();
      emit(addGroup(draft), [...current, { group: newKey(), rows: [key] }], { kind: 'field', key });
    },
    removeRow(g: number, r: number) {
      const next = removeRow(draft, g, r);
      if (!next.length) {
        // The last row is gone: the filter is sent as [] and shows one fresh empty row.
        const key = newKey();
        return emit(next, [{ group: newKey(), rows: [key] }], { kind: 'field', key });
      }
      const nextKeys = current
        .map((k, gi) => (gi === g ? { group: k.group, rows: k.rows.filter((_, ri) => ri !== r) } : k))
        .filter((k) => k.rows.length);
      emit(next, nextKeys, focusAfterRemove(current, g, r));
    },
  };
}

/** The next row's Field, else the group's "Add condition"; a removed group: the next group's first Field, else the previous group's button. */
function focusAfterRemove(keys: DraftKeys, g: number, r: number): FocusTarget {
  const { group, rows } = keys[g];
  if (rows.length > 1) return r + 1 < rows.length ? { kind: 'field', key: rows[r + 1] } : { kind: 'add', key: group };
  if (g + 1 < keys.length) return { kind: 'field', key: keys[g + 1].rows[0] };
  return { kind: 'add', key: keys[g - 1].group };
}
