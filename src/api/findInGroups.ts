import { ActionKitError } from './ActionKitError';
import type { ActionListError } from './createActionKitClient';

/** The first item matching in lists grouped by integration, with its integration. */
export function findInGroups<T>(groups: Record<string, T[]>, matches: (item: T) => boolean): { item: T; integration: string } | undefined {
  for (const [integration, items] of Object.entries(groups)) {
    const item = items.find(matches);
    if (item) return { item, integration };
  }
  return undefined;
}

/**
 * The `notFound` error for an Action or trigger the user's list does not hold (`missing` says which), with
 * the reasons the list gave, each as `describe` words it (the form: in its messages).
 */
export function notFoundError<E extends { message: string }>(missing: string, errors: E[], describe: (error: E) => string = (e) => e.message): ActionKitError {
  const why = errors.map(describe).join(' ');
  return new ActionKitError({
    kind: 'notFound',
    status: 404,
    message: `${missing}${why ? ` ${why}` : ''}`,
  });
}

/** A list error in the user's words: the library's own texts from `skipped` and `unreadable`, a server's message as sent. */
export const listErrorText = (error: ActionListError, skipped: (count: number, integration: string) => string, unreadable: string): string =>
  error.skipped !== undefined && error.integration !== undefined ? skipped(error.skipped, error.integration) : error.unreadable ? unreadable : error.message;
