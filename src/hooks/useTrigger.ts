import { useCallback } from 'react';
import { findInGroups, listErrorText, notFoundError } from '../api/findInGroups';
import type { TriggerDefinition, TriggerList, TriggerListError } from '../api';
import { useTriggerListQuery } from './useTriggers';
import { useAreaMessages } from './FormSettingsContext';
import { triggerMessages } from '../schema';
import { lookupState, type LookupState } from './lookupState';

/** One trigger definition found by type, with the integration it belongs to. */
export interface FoundTrigger {
  trigger: TriggerDefinition;
  integration: string;
}

/** Options of `useTrigger`. */
export interface UseTriggerOptions {
  /** Limits the lookup to one integration (a smaller list request). */
  integration?: string;
}

function findTrigger(list: TriggerList, type: string): FoundTrigger | TriggerListError[] {
  const found = findInGroups(list.triggers, (t) => t.type === type);
  return found ? { trigger: found.item, integration: found.integration } : list.errors;
}

/** What `useTrigger` returns: the definition and its integration once found, and the lookup's state. */
export interface UseTriggerResult extends LookupState<FoundTrigger | TriggerListError[]> {
  trigger: TriggerDefinition | undefined;
  integration: string | undefined;
}

/**
 * One trigger definition by type, found across the user's integrations and cached with the list.
 * Once the list has loaded without it, `error` is an `ActionKitError` of kind `notFound`.
 * @example const { trigger, integration, error } = useTrigger('SALESFORCE_TRIGGER_RECORD_CREATED');
 */
export function useTrigger(type: string, options: UseTriggerOptions = {}): UseTriggerResult {
  const select = useCallback((list: TriggerList) => findTrigger(list, type), [type]);
  const query = useTriggerListQuery({ integrations: options.integration ? [options.integration] : undefined }, select);
  const found = query.data && !Array.isArray(query.data) ? query.data : undefined;
  const m = useAreaMessages(triggerMessages);
  const missing = query.data && Array.isArray(query.data) ? notFoundError(m.triggerMissing(type), query.data, (e) => listErrorText(e, m.skippedTriggers, m.unreadableListError)) : undefined;
  return {
    trigger: found?.trigger,
    integration: found?.integration,
    ...lookupState(query, missing),
  };
}
