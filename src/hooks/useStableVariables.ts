import { useMemo, useRef, useState } from 'react';
import { isDeepEqual, type Variable, type VariableRequest, type VariableSource } from '../schema';
import type { FormVariables } from './FormSettingsContext';

/**
 * `ActionForm`'s `variables` as a context value that changes only when it means something new: an
 * inline list re-created with the same content and an inline function re-created each render keep it.
 */
export function useStableVariables(source: VariableSource | undefined, scope: string): FormVariables | undefined {
  const latest = useRef(source);
  latest.current = source;
  const listRef = useRef<readonly Variable[] | undefined>(undefined);
  const list = Array.isArray(source) ? (listRef.current && isDeepEqual(listRef.current, source) ? listRef.current : source) : undefined;
  listRef.current = list;
  const [search] = useState(() => async (request: VariableRequest): Promise<Variable[]> => {
    const current = latest.current;
    return typeof current === 'function' ? current(request) : [];
  });
  const kind = source === undefined ? undefined : Array.isArray(source) ? 'list' : 'function';
  return useMemo<FormVariables | undefined>(
    () => (kind === 'list' && list ? { kind, list } : kind === 'function' ? { kind, search, scope } : undefined),
    [kind, list, search, scope],
  );
}
