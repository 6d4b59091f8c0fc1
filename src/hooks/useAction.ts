import { useCallback } from 'react';
import { findInGroups, listErrorText, notFoundError } from '../api/findInGroups';
import type { ActionList, ActionListError } from '../api';
import type { ParagonAction } from '../schema';
import { useCoreMessages } from './FormSettingsContext';
import { useActionListQuery } from './useActions';
import { lookupState, type LookupState } from './lookupState';

/** One Action found by name, with the integration it belongs to. */
export interface FoundAction {
  action: ParagonAction;
  integration: string;
}

export interface UseActionOptions {
  /** Limits the lookup to one integration (a smaller list request). */
  integration?: string;
}

function findAction(list: ActionList, name: string): FoundAction | ActionListError[] {
  const found = findInGroups(list.actions, (a) => a.name === name);
  return found ? { action: found.item, integration: found.integration } : list.errors;
}

/** What `useAction` returns: the Action and its integration once found, the lookup's state, and `reload`. */
export interface UseActionResult extends LookupState<FoundAction | ActionListError[]> {
  action: ParagonAction | undefined;
  integration: string | undefined;
  /** Refetches with `reload_fields=true`, bypassing ActionKit's 8-hour field cache. */
  reload(): Promise<unknown>;
}

/**
 * One Action by name, found across the user's integrations and cached with the Action list.
 * Once the list has loaded without it, `error` is an `ActionKitError` of kind `notFound`.
 */
export function useAction(name: string, options: UseActionOptions = {}): UseActionResult {
  const select = useCallback((list: ActionList) => findAction(list, name), [name]);
  const { query, reload } = useActionListQuery({ integrations: options.integration ? [options.integration] : undefined }, select);
  const found = query.data && !Array.isArray(query.data) ? query.data : undefined;
  const m = useCoreMessages();
  const missing = query.data && Array.isArray(query.data) ? notFoundError(m.actionMissing(name), query.data, (e) => listErrorText(e, m.skippedActions, m.unreadableListError)) : undefined;
  return {
    action: found?.action,
    integration: found?.integration,
    ...lookupState(query, missing),
    reload,
  };
}
