import { useEffect, useRef } from 'react';
import type { FieldOptions } from '../../hooks/useFieldOptions';
import { findOption, type EnumValue, type NormalizedOption } from '../../schema';

/** Most pages loaded (the first included) to find the label of a value not on the first one. */
export const LABEL_PAGE_LIMIT = 5;

/** `known`: the label is shown; `looking`: more pages may hold it; `unknown`: the loaded options lack it. */
export type LabelState = 'known' | 'looking' | 'unknown';

const isEmpty = (value: unknown) => value == null || value === '';

/**
 * The label of the chosen value. A saved value (`saved`: not entered through the control) not
 * among the loaded options makes the unsearched list load further pages, up to
 * `LABEL_PAGE_LIMIT`, until its option shows up; a label once found survives searches that do not list it.
 */
export function useSelectedLabel(value: EnumValue | null, saved: boolean, options: NormalizedOption[], q: FieldOptions): { label?: string; state: LabelState } {
  const known = useRef<{ value: EnumValue; label: string }>(undefined);
  const found = isEmpty(value) ? undefined : findOption(options, value);
  if (found) known.current = { value: found.value, label: found.label };
  const label = found?.label ?? (known.current && value != null && String(known.current.value) === String(value) ? known.current.label : undefined);

  const unsearched = q.search === '' && !q.isPlaceholderData;
  const lookup = saved && label === undefined && !isEmpty(value) && unsearched && q.isSuccess;
  const pages = q.data?.pages.length ?? 0;
  const canPage = lookup && q.hasNextPage && !q.isFetching && pages < LABEL_PAGE_LIMIT;
  const { fetchNextPage } = q;
  // keyed by the page count too: renders may not show the fetch in between
  useEffect(() => {
    if (canPage) void fetchNextPage();
  }, [canPage, pages, fetchNextPage]);

  // while searching or showing an earlier list, the last settled state stands
  const settled = useRef<LabelState>('looking');
  if (label !== undefined || isEmpty(value) || !saved) settled.current = 'known';
  else if (unsearched) settled.current = lookup && !canPage && !q.isFetching ? 'unknown' : 'looking';
  return { label, state: settled.current };
}
