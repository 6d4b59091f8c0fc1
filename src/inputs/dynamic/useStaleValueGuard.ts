import { useCallback, useEffect } from 'react';
import { decideDynamicValue, type DynamicValueDecision, type EnumValue, type LoadedOptionsList } from '../../schema';
import type { DependencyCheck } from '../types';
import { useDependencyChecks } from './dependencies';

export interface StaleValueGuardOptions {
  /** The field's name: its entry in the form's dependency checks. */
  name: string;
  checks: Map<string, DependencyCheck> | undefined;
  value: EnumValue | null;
  onChange(value: EnumValue | null): void;
  dependencyKey: string;
  /** The options loaded for the *current* dependency values (never a placeholder of earlier ones). */
  list: LoadedOptionsList | undefined;
  /** A required dependency is empty: no options can exist. */
  missing: boolean;
}

const isEmpty = (value: unknown) => value == null || value === '';

/**
 * Clears a chosen value once the options for *changed* dependency values prove it absent, or a
 * required dependency was emptied (SPEC §5). The values the field first showed under (a restored
 * form) are the baseline, kept by the form, so a field hidden meanwhile is checked when it shows
 * again. Returns `accept`, to call when the user picks.
 */
export function useStaleValueGuard({ name, checks, value, onChange, dependencyKey, list, missing }: StaleValueGuardOptions) {
  const store = useDependencyChecks(checks);
  useEffect(() => {
    const baseline = store.get(name);
    if (!baseline) return void store.set(name, { dependencyKey });
    if (baseline.dependencyKey === dependencyKey) return;
    const decision: DynamicValueDecision = missing ? (isEmpty(value) ? 'keep' : 'clear') : decideDynamicValue(value, list);
    if (decision === 'wait') return;
    store.set(name, { dependencyKey });
    if (decision === 'clear') onChange(null);
  }, [store, name, dependencyKey, value, list, missing, onChange]);
  return useCallback(() => store.set(name, { dependencyKey }), [store, name, dependencyKey]);
}
