import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findOption, flattenOptions, type EnumValue, type NormalizedOption, type OptionGroup } from '../../schema';
import { filterGroups, findByLabel, itemValue, type ComboboxItem, type FilteredList } from './filterGroups';
import { handleComboboxKey } from './handleComboboxKey';

/** Most options rendered at once when filtering locally, so 5,000 options stay fast. */
export const RENDER_LIMIT = 200;

export interface UseComboboxOptions {
  id: string;
  groups: OptionGroup[];
  value: EnumValue | null;
  onChange(value: EnumValue | null): void;
  editable: boolean;
  filter: 'local' | 'none';
  disabled: boolean;
  selectedLabel?: string;
  onSearchChange?(text: string): void;
  /** The options do not answer the typed text yet: Enter must not pick a row the text no longer matches. */
  searching: boolean;
  /** `false`: option rows cannot be picked (the typed text of an editable combobox still can). */
  pickable: boolean;
  /** Whether scrolling or arrowing past the end should ask for the next page now. */
  canLoadMore: boolean;
  onLoadMore?(): void;
}

const CLOSED: FilteredList = { groups: [], items: [], hidden: 0 };
type Start = 'selected' | 'first' | 'last';

/** State and keyboard behaviour of the combobox: open, typed text, highlighted row, commits. */
export function useCombobox(o: UseComboboxOptions) {
  const { groups, value, editable, filter } = o;
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(-1);
  const scrollToActive = useRef(false);

  const options = useMemo(() => flattenOptions(groups), [groups]);
  const hasValue = value != null && value !== '';
  const selected: NormalizedOption | undefined = useMemo(
    () => (hasValue ? findOption(options, value) : undefined),
    [options, value, hasValue],
  );
  const displayText = hasValue ? (selected?.label ?? o.selectedLabel ?? String(value)) : '';
  const limit = filter === 'local' ? RENDER_LIMIT : Infinity;
  const search = editing && filter === 'local' ? query : '';
  const list = useMemo(
    () => (open ? filterGroups(groups, { query: search, typed: query, limit, custom: editable && editing }) : CLOSED),
    [open, groups, search, query, limit, editable, editing],
  );
  const active = highlight < list.items.length ? highlight : -1;
  const optionId = (index: number) => `${o.id}-option-${index}`;
  const listboxId = `${o.id}-listbox`;

  useEffect(() => {
    if (!scrollToActive.current || active < 0) return;
    scrollToActive.current = false;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  useEffect(() => {
    if (o.disabled) setOpen(false);
  }, [o.disabled]);

  // several scroll events can arrive before the caller re-renders with `loadingMore`
  const loadRequested = useRef(false);
  useEffect(() => {
    loadRequested.current = false;
  }, [options, o.canLoadMore]);
  const loadMore = () => {
    if (!o.canLoadMore || loadRequested.current) return;
    loadRequested.current = true;
    o.onLoadMore?.();
  };

  const finish = () => {
    setOpen(false);
    setEditing(false);
    setHighlight(-1);
    if (query !== '') {
      setQuery('');
      o.onSearchChange?.('');
    }
  };

  const commitValue = (next: EnumValue | null) => {
    if (next !== value) o.onChange(next);
    finish();
  };

  const commit = (item: ComboboxItem) => {
    if (item.kind === 'option' && !o.pickable) return;
    commitValue(itemValue(item));
  };

  /** Enter without a highlighted row, or leaving an editable combobox after typing. */
  const commitTyped = (leaving: boolean) => {
    const text = query.trim();
    const match = text === '' || !o.pickable ? undefined : findByLabel(groups, text, !editable);
    if (match) return commitValue(match.value);
    if (editable && text !== '') return commitValue(text);
    // the only row is a match only when the list answers what was typed
    if (!leaving && !o.searching && list.items.length === 1) return commit(list.items[0]);
    if (leaving || text === '') finish();
  };

  const openAt = (start: Start) => {
    if (o.disabled) return;
    const all = filterGroups(groups, { query: '', limit, custom: false }).items;
    const current = selected ? all.findIndex((item) => item.kind === 'option' && item.option === selected) : -1;
    const index = current >= 0 ? current : start === 'first' ? 0 : start === 'last' ? all.length - 1 : -1;
    scrollToActive.current = true;
    setHighlight(index);
    setOpen(true);
  };

  const move = (index: number) => {
    const last = list.items.length - 1;
    if (last < 0) return;
    if (index > last) loadMore();
    scrollToActive.current = true;
    setHighlight(Math.max(0, Math.min(index, last)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (o.disabled) return;
    handleComboboxKey(e, {
      open,
      editing,
      active,
      count: list.items.length,
      openAt,
      move,
      commitActive: () => commit(list.items[active]),
      commitTyped: () => commitTyped(false),
      close: finish,
    });
  };

  const type = (text: string) => {
    setQuery(text);
    setEditing(true);
    setHighlight(-1);
    setOpen(true);
    o.onSearchChange?.(text);
  };

  const leave = () => (editable && editing ? commitTyped(true) : finish());

  return {
    open,
    list,
    active,
    selected,
    hasValue,
    inputText: editing ? query : displayText,
    listboxId,
    optionId,
    activeId: open && active >= 0 ? optionId(active) : undefined,
    onKeyDown,
    type,
    openAt,
    finish,
    leave,
    commitIndex: (index: number) => list.items[index] && commit(list.items[index]),
    hover: setHighlight,
    loadMore,
    clear: () => commitValue(null),
  };
}
