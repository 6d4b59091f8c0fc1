import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { NormalizedOption } from '../../schema';
import { findTypeaheadMatch } from './findTypeaheadMatch';

/**
 * Typing letters on the closed trigger chooses an option without opening the list (Radix Select's
 * behaviour, kept although the list is not mounted while closed). Returns the keydown handler and
 * whether a search is under way (a space then belongs to it, it does not open the list).
 */
export function useTypeahead(options: NormalizedOption[], current: NormalizedOption | undefined, choose: (option: NormalizedOption) => void) {
  const search = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (e: KeyboardEvent): boolean => {
    const typing = search.current !== '';
    if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1 || (e.key === ' ' && !typing)) return false;
    e.preventDefault();
    search.current += e.key;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => (search.current = ''), 1000);
    const next = findTypeaheadMatch(options, search.current, current);
    if (next) choose(next);
    return true;
  };
}
