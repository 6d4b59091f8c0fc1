import { isEnumValue, isRecord } from './guards';
import type { EnumValue, ParagonInput } from './types';

/** An option in one canonical shape, whatever form the schema or a loader gave. */
export interface NormalizedOption {
  value: EnumValue;
  label: string;
  subtitle?: string;
  dependentInputs?: ParagonInput[];
}

/** Options under an optional section title (`title` absent: ungrouped). */
export interface OptionGroup {
  title?: string;
  options: NormalizedOption[];
}

function normalizeOption(raw: unknown): NormalizedOption | undefined {
  if (isEnumValue(raw)) return { value: raw, label: String(raw) };
  if (!isRecord(raw) || !isEnumValue(raw.value)) return undefined;
  const option: NormalizedOption = {
    value: raw.value,
    label: typeof raw.label === 'string' && raw.label !== '' ? raw.label : String(raw.value),
  };
  if (typeof raw.subtitle === 'string' && raw.subtitle !== '') option.subtitle = raw.subtitle;
  if (Array.isArray(raw.dependentInputs)) option.dependentInputs = raw.dependentInputs as ParagonInput[];
  return option;
}

/**
 * Normalizes a list of options and sections (`{ title, items }`) into groups.
 * Entries that are neither are dropped and reported through `onProblem` (with how many; none: `values` is no list).
 */
export function normalizeOptions(values: unknown, onProblem?: (message: string, dropped?: number) => void): OptionGroup[] {
  if (values == null) return [];
  if (!Array.isArray(values)) {
    onProblem?.('its options ("values") are not a list');
    return [];
  }
  const groups: OptionGroup[] = [];
  let loose: OptionGroup | undefined;
  let dropped = 0;
  for (const raw of values) {
    if (isRecord(raw) && Array.isArray(raw.items) && !('value' in raw)) {
      const options = raw.items.map(normalizeOption).filter((o): o is NormalizedOption => !!o);
      dropped += raw.items.length - options.length;
      groups.push({ title: typeof raw.title === 'string' ? raw.title : undefined, options });
      loose = undefined;
      continue;
    }
    const option = normalizeOption(raw);
    if (!option) { dropped++; continue; }
    if (!loose) groups.push((loose = { options: [] }));
    loose.options.push(option);
  }
  if (dropped) onProblem?.(`${dropped} option${dropped === 1 ? '' : 's'} without a value ${dropped === 1 ? 'was' : 'were'} skipped`, dropped);
  return groups;
}

/** All options of all groups, in order. */
export const flattenOptions = (groups: OptionGroup[]): NormalizedOption[] => groups.flatMap((g) => g.options);

/** Whether a stored value selects an option: same value, or the same text (`1` and `"1"`). */
export const isSameValue = (a: unknown, b: unknown): boolean =>
  a === b || (isEnumValue(a) && isEnumValue(b) && String(a) === String(b));

/** The option whose value matches, if any. */
export const findOption = (options: NormalizedOption[], value: unknown): NormalizedOption | undefined =>
  options.find((o) => o.value === value) ?? options.find((o) => isSameValue(o.value, value));

/** Whether `key` is an own property (ids like `constructor` must not read Object.prototype). */
const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/** Sets an own enumerable property, even for keys like `__proto__` (a plain assignment would set the prototype). */
const setOwn = (obj: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
};

export { hasOwn, setOwn };
