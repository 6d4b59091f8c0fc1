import { FILTER_OPERATOR_LABELS, type FilterCondition, type FilterValue } from '../../schema';

const describeValue = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : String(value));

const describeCondition = ({ field, operator, value }: FilterCondition) =>
  [field, FILTER_OPERATOR_LABELS[operator], ...(value === undefined ? [] : [describeValue(value)])].join(' ');

/** A sentence for a complete filter: "status exactly matches open and created_at is after 2026-01-01, or …". */
export const describeFilter = (filter: FilterValue): string =>
  filter.conditions.map((group) => group.conditions.map(describeCondition).join(' and ')).join(', or ');
