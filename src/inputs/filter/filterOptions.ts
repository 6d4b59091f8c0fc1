import {
  FILTER_OPERATORS,
  isFilterOperator,
  type FilterOperator,
  type OptionGroup,
  type ParagonInput,
} from '../../schema';

/**
 * The operators a filter offers: its known `supportedOperators` (each once), else all of them.
 * A list with no known operator at all falls back to all, since an empty list makes the builder unusable.
 */
export function supportedOperators(input: ParagonInput): FilterOperator[] {
  const listed = Array.isArray(input.supportedOperators) ? input.supportedOperators.filter(isFilterOperator) : [];
  return listed.length ? [...new Set(listed)] : [...FILTER_OPERATORS];
}

/** A saved row may use an operator the list no longer offers: keep it visible so restoring shows it. */
export const withCurrent = (operators: FilterOperator[], current: FilterOperator | ''): FilterOperator[] =>
  current === '' || operators.includes(current) ? operators : [current, ...operators];

/** The field names a filter offers as options (DYNAMIC_CONDITIONAL keys load later: none yet). */
export function fieldGroups(input: ParagonInput, type: string): OptionGroup[] {
  if (type !== 'CONDITIONAL' || !Array.isArray(input.supportedKeys)) return [];
  const keys = [...new Set(input.supportedKeys.filter((k): k is string => typeof k === 'string' && k !== ''))];
  return keys.length ? [{ options: keys.map((key) => ({ value: key, label: key })) }] : [];
}
