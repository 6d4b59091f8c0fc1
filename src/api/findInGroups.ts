import { ActionKitError } from './ActionKitError';

/** The first item matching in lists grouped by integration, with its integration. */
export function findInGroups<T>(groups: Record<string, T[]>, matches: (item: T) => boolean): { item: T; integration: string } | undefined {
  for (const [integration, items] of Object.entries(groups)) {
    const item = items.find(matches);
    if (item) return { item, integration };
  }
  return undefined;
}

/** The `notFound` error for an Action or trigger the user's list does not hold (`missing` says which), with the reasons the list gave. */
export function notFoundError(missing: string, errors: Array<{ message: string }>): ActionKitError {
  const why = errors.map((e) => e.message).join(' ');
  return new ActionKitError({
    kind: 'notFound',
    status: 404,
    message: `${missing}${why ? ` ${why}` : ''}`,
  });
}
