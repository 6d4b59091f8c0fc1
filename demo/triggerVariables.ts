import type { TriggerExampleRecord, Variable } from '../src';

/** A value a later step can insert: ActionForm's `Variable`. */
export type DemoVariable = Variable;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function typeOf(value: unknown): DemoVariable['type'] {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value as 'number' | 'boolean';
  if (typeof value === 'string' && ISO_DATE.test(value)) return 'date';
  return value !== null && typeof value === 'object' ? 'object' : 'string';
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of the first example record as `{{trigger.output.<path>}}` variables; nested objects one level deep. */
export function triggerVariables(records: TriggerExampleRecord[], group: string): DemoVariable[] {
  const first = records[0];
  if (!isPlainObject(first)) return [];
  return Object.entries(first).flatMap(([key, value]): DemoVariable[] => {
    if (!isPlainObject(value)) return [{ value: `{{trigger.output.${key}}}`, label: key, group, type: typeOf(value), example: value }];
    return Object.entries(value).map(([inner, v]) => ({ value: `{{trigger.output.${key}.${inner}}}`, label: `${key}.${inner}`, group, type: typeOf(v), example: v }));
  });
}
