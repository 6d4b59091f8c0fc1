import type { ListActionsFilters, ListTriggerSubscriptionsFilters, ListTriggersFilters } from '../api';

const ROOT = 'actionkit-form';

const sortedOrNull = (values: string[] | undefined) => (values?.length ? [...values].sort() : null);

/** The only home of this library's query keys; every key starts with the cache scope. */
export const actionKitKeys = {
  all: (scope: readonly string[]) => [ROOT, ...scope] as const,
  actions: (scope: readonly string[], filters: Omit<ListActionsFilters, 'reloadFields'>) =>
    [ROOT, ...scope, 'actions', {
      integrations: filters.integrations ? [...filters.integrations].sort() : null,
      categories: filters.categories ? [...filters.categories].sort() : null,
      limitToAvailable: filters.limitToAvailable ?? null,
    }] as const,
  /** One dynamic input's option pages; object keys are hashed in sorted order by TanStack Query. */
  options: (scope: readonly string[], integration: string, sourceType: string, dependencies: Record<string, unknown>, search: string) =>
    [ROOT, ...scope, 'options', integration, sourceType, dependencies, search] as const,
  /** Answers of one form's `variables` function for one input and search (vartext): never shared between forms. */
  variables: (scope: readonly string[], form: string, input: string, search: string) => [ROOT, ...scope, 'variables', form, input, search] as const,
  /** Runs of one Action: a form remounted while its Run is in flight sees it and stays disabled. */
  run: (scope: readonly string[], action: string) => [ROOT, ...scope, 'run', action] as const,
  /** Subscribe, update and unsubscribe of one trigger type: a form remounted meanwhile sees them in flight. */
  triggerMutations: (scope: readonly string[], type: string) => [ROOT, ...scope, 'triggerMutation', type] as const,
  triggers: (scope: readonly string[], filters: ListTriggersFilters) =>
    [ROOT, ...scope, 'triggers', { integrations: sortedOrNull(filters.integrations) }] as const,
  /** The prefix of every subscriptions list of the scope: a change to one subscription refreshes them all. */
  triggerSubscriptionsAll: (scope: readonly string[]) => [ROOT, ...scope, 'triggerSubscriptions'] as const,
  triggerSubscriptions: (scope: readonly string[], filters: ListTriggerSubscriptionsFilters) =>
    [ROOT, ...scope, 'triggerSubscriptions', {
      integrations: sortedOrNull(filters.integrations),
      status: filters.status ?? null,
      type: filters.type ?? null,
    }] as const,
};
