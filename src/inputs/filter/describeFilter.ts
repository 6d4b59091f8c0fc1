import type { FilterCondition, FilterMessages, FilterValue } from '../../schema';

const describeValue = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : String(value));

const describeCondition = ({ field, operator, value }: FilterCondition, m: FilterMessages) =>
  [field, m.operators[operator], ...(value === undefined ? [] : [describeValue(value)])].join(' ');

/** A sentence for a complete filter: "status exactly matches open and created_at is after 2026-01-01, or …". */
export const describeFilter = (filter: FilterValue, m: FilterMessages): string =>
  filter.conditions.map((group) => group.conditions.map((c) => describeCondition(c, m)).join(` ${m.and} `)).join(`, ${m.or} `);
