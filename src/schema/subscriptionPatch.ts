import { isDeepEqual } from './isDeepEqual';
import { hasOwn, setOwn } from './options';
import type { Parameters } from './types';

const isSet = (values: Parameters, key: string): boolean => hasOwn(values, key) && values[key] !== undefined && values[key] !== null;

/**
 * The `parameters` of a `PATCH /trigger-subscriptions/{id}` that turns `previous` into `next`
 * under the server's shallow merge: changed and added keys with their new value, `null` for
 * every key `previous` had that `next` no longer has. Arrays and objects compare by value,
 * so an unchanged filter is not sent again.
 * @example subscriptionPatch({ recordType: 'Lead', filterFormula: f }, { recordType: 'Account' }) // { recordType: 'Account', filterFormula: null }
 */
export function subscriptionPatch(previous: Parameters, next: Parameters): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next)) {
    if (!isSet(next, key)) continue; // an emptied key is removed below, never sent as a new null
    if (!hasOwn(previous, key) || !isDeepEqual(previous[key], next[key])) setOwn(patch, key, next[key]);
  }
  for (const key of Object.keys(previous)) {
    if (isSet(previous, key) && !isSet(next, key)) setOwn(patch, key, null);
  }
  return patch;
}
