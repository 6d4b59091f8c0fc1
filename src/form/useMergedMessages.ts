import { useMemo } from 'react';
import { mergeMessages, type ActionFormMessageOverrides } from '../schema';
import { useShallowStable } from './useShallowStable';

/**
 * `base` with a host's overrides, stable while the overrides' entries stay the same, so an inline
 * `messages={{ … }}` of constant strings re-renders nothing (inline functions are new each render).
 */
export function useMergedMessages<T extends ActionFormMessageOverrides>(base: T, overrides: ActionFormMessageOverrides | undefined): T {
  const { operators: operatorOverrides, ...rest } = overrides ?? {};
  const strings = useShallowStable(overrides ? rest : undefined);
  const operators = useShallowStable(operatorOverrides);
  return useMemo(() => (strings || operators ? mergeMessages(base, { ...strings, operators }) : base), [base, strings, operators]);
}
