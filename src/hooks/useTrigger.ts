import { useCallback } from 'react';
import { ActionKitError, type TriggerDefinition, type TriggerList, type TriggerListError } from '../api';
import { useTriggerListQuery } from './useTriggers';

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
  for (const [integration, triggers] of Object.entries(list.triggers)) {
    const trigger = triggers.find((t) => t.type === type);
    if (trigger) return { trigger, integration };
  }
  return list.errors;
}

function notFound(type: string, errors: TriggerListError[]): ActionKitError {
  const why = errors.map((e) => e.message).join(' ');
  return new ActionKitError({
    kind: 'notFound',
    status: 404,
    message: `Trigger "${type}" was not found. It may not exist, or its integration may not be connected for this user.${why ? ` ${why}` : ''}`,
  });
}

/**
 * One trigger definition by type, found across the user's integrations and cached with the list.
 * Once the list has loaded without it, `error` is an `ActionKitError` of kind `notFound`.
 * @example const { trigger, integration, error } = useTrigger('SALESFORCE_TRIGGER_RECORD_CREATED');
 */
export function useTrigger(type: string, options: UseTriggerOptions = {}) {
  const select = useCallback((list: TriggerList) => findTrigger(list, type), [type]);
  const query = useTriggerListQuery({ integrations: options.integration ? [options.integration] : undefined }, select);
  const found = query.data && !Array.isArray(query.data) ? query.data : undefined;
  const missing = query.data && Array.isArray(query.data) ? notFound(type, query.data) : undefined;
  return {
    trigger: found?.trigger,
    integration: found?.integration,
    error: missing ?? query.error,
    isPending: query.isPending,
    isError: query.isError || !!missing,
    isFetching: query.isFetching,
    /** True while the query waits for the network to come back. */
    isOffline: query.fetchStatus === 'paused',
    refetch: query.refetch,
  };
}
