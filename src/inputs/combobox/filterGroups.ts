import type { EnumValue, NormalizedOption, OptionGroup } from '../../schema';

/** A row of the listbox the highlight can rest on: an option, or the typed text of an editable combobox. */
export type ComboboxItem =
  | { kind: 'option'; option: NormalizedOption }
  | { kind: 'custom'; text: string };

/** A group as rendered: its title and the indexes (into `items`) of its visible options. */
export interface VisibleGroup {
  title?: string;
  indexes: number[];
}

export interface FilteredList {
  groups: VisibleGroup[];
  /** Every highlightable row, in display order; the custom row, if any, comes last. */
  items: ComboboxItem[];
  /** Matching options not rendered because of the limit. */
  hidden: number;
}

export interface FilterOptions {
  /** Text to match against labels; empty shows everything. */
  query: string;
  /** Most options rendered at once (`Infinity`: no limit). */
  limit: number;
  /** Append a `Use "<typed>"` row when the typed text is not exactly an existing label. */
  custom: boolean;
  /** The typed text of that row when it is not the query (a list searched on the server is not filtered here). */
  typed?: string;
}

/** The options whose label contains the query (case-insensitive), in their groups, up to `limit`. */
export function filterGroups(groups: OptionGroup[], { query, limit, custom, typed: customText = query }: FilterOptions): FilteredList {
  const needle = query.trim().toLowerCase();
  const items: ComboboxItem[] = [];
  const visible: VisibleGroup[] = [];
  let hidden = 0;
  const typed = customText.trim();
  let exact = false;
  for (const group of groups) {
    const indexes: number[] = [];
    for (const option of group.options) {
      if (option.label === typed) exact = true;
      if (needle !== '' && !option.label.toLowerCase().includes(needle)) continue;
      if (items.length >= limit) {
        hidden++;
        continue;
      }
      indexes.push(items.length);
      items.push({ kind: 'option', option });
    }
    if (indexes.length) visible.push({ title: group.title, indexes });
  }
  if (custom && typed !== '' && !exact) items.push({ kind: 'custom', text: typed });
  return { groups: visible, items, hidden };
}

/** The option whose label is `label` (exactly, or ignoring case), if any. */
export function findByLabel(groups: OptionGroup[], label: string, ignoreCase = false): NormalizedOption | undefined {
  const wanted = ignoreCase ? label.toLowerCase() : label;
  for (const group of groups) {
    const option = group.options.find((o) => (ignoreCase ? o.label.toLowerCase() : o.label) === wanted);
    if (option) return option;
  }
  return undefined;
}

/** The value a row commits. */
export const itemValue = (item: ComboboxItem): EnumValue => (item.kind === 'option' ? item.option.value : item.text);
