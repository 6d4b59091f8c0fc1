import { useEffect, useReducer } from 'react';
import type { DependencyCheck } from '../types';
import { useDependencyChecks } from '../dynamic/dependencies';
import { visibleDraft } from './filterDraftOps';

const NONE: string[] = [];

/**
 * The row fields a newly loaded complete key list lacks, after the dependencies changed from
 * those the filter first showed under. Kept by the form, so the marks survive the filter being
 * hidden; `keys` is `undefined` until the list for the current values is complete.
 */
export function useUnavailableFields(name: string, checks: Map<string, DependencyCheck> | undefined, dependencyKey: string, keys: ReadonlySet<string> | undefined, draft: unknown): string[] {
  const store = useDependencyChecks(checks);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const check = store.get(name);
    if (!check) return void store.set(name, { dependencyKey });
    if (check.dependencyKey === dependencyKey || !keys) return;
    const fields = visibleDraft(draft).flat().map((row) => row.field);
    store.set(name, { dependencyKey, unavailable: [...new Set(fields.filter((field) => field !== '' && !keys.has(field)))] });
    rerender();
  }, [store, name, dependencyKey, keys, draft]);
  return store.get(name)?.unavailable ?? NONE;
}
