import { ActionKitError } from './ActionKitError';

/** The first item matching in lists grouped by integration, with its integration. */
export function findInGroups<T>(groups: Record<string, T[]>, matches: (item: T) => boolean): { item: T; integration: string } | undefined {
  for (const [integration, items] of Object.entries(groups)) {
    const item = items.find(matches);
    if (item) return { item, integration };
  }
  return undefined;
}

/** The `notFound` error for an Action or trigger the user's list does not hold, with the reasons the list gave. */
export function notFoundError(what: 'Action' | 'Trigger', name: string, errors: Array<{ message: string }>): ActionKitError {
  const why = errors.map((e) => e.message).join(' ');
  return new ActionKitError({
    kind: 'notFound',
    status: 404,
    message: `${what} "${name}" was not found. It may not exist, or its integration may not be connected for this user.${why ? ` ${why}` : ''}`,
  });
}
