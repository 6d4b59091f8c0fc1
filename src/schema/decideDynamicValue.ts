import { findOption, type NormalizedOption } from './options';

/** What a dynamic input knows about the options loaded for its current dependency values. */
export interface LoadedOptionsList {
  /** The request succeeded (failed and aborted lists never decide anything). */
  succeeded: boolean;
  /** Loaded for a search text: a subset, so a missing value proves nothing. */
  searched: boolean;
  /** A next cursor exists: the value may be on a later page. */
  hasMore: boolean;
  options: NormalizedOption[];
}

/** `keep`: the value is confirmed; `clear`: it is proven absent; `wait`: not known yet. */
export type DynamicValueDecision = 'keep' | 'clear' | 'wait';

/**
 * After a dependency changed: whether a chosen value survives the new options (SPEC §5). Only a
 * complete, unsearched, successfully loaded list that lacks the value clears it.
 */
export function decideDynamicValue(value: unknown, list: LoadedOptionsList | undefined): DynamicValueDecision {
  if (value == null || value === '') return 'keep';
  if (!list?.succeeded) return 'wait';
  if (findOption(list.options, value)) return 'keep';
  return list.searched || list.hasMore ? 'wait' : 'clear';
}
