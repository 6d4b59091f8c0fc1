import { useCallback, useEffect, useRef } from 'react';
import { decideDynamicValue, type EnumValue, type LoadedOptionsList } from '../../schema';

/**
 * Clears a chosen value once the options for *changed* dependency values prove it absent
 * (SPEC §5). The dependency values at mount (a restored form) are the baseline, so a saved value
 * is never cleared just because it is not listed. Returns `accept`, to call when the user picks.
 */
export function useStaleValueGuard(value: EnumValue | null, onChange: (value: EnumValue | null) => void, dependencyKey: string, list: LoadedOptionsList | undefined) {
  const baseline = useRef(dependencyKey);
  useEffect(() => {
    if (dependencyKey === baseline.current) return;
    const decision = decideDynamicValue(value, list);
    if (decision === 'wait') return;
    baseline.current = dependencyKey;
    if (decision === 'clear') onChange(null);
  }, [dependencyKey, value, list, onChange]);
  return useCallback(() => {
    baseline.current = dependencyKey;
  }, [dependencyKey]);
}
