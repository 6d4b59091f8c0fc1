import type { CompiledAction } from './compileAction';
import { valueKindOf } from './inputTypes';
import { hasOwn } from './options';
import { initialFormValues } from './restoreValues';

/**
 * Form values for a new version of the same schema (reloaded custom fields, a refetch): every
 * input position that still exists with the same kind of value keeps what the user had; new ones
 * start from their defaults.
 */
export function mergeValues(previous: CompiledAction, next: CompiledAction, values: Record<string, unknown>): Record<string, unknown> {
  const merged = initialFormValues(next);
  for (const [key, node] of next.byKey) {
    const old = previous.byKey.get(key);
    if (old && hasOwn(values, key) && valueKindOf(old.type) === valueKindOf(node.type)) merged[key] = values[key];
  }
  return merged;
}
