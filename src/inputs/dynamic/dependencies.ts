import type { InputDependency } from '../types';

/** The first required dependency without a value: the options cannot load until it has one. */
export const missingDependency = (dependencies: InputDependency[] | undefined, values: Record<string, unknown> | undefined) =>
  dependencies?.find((d) => d.required && values?.[d.id] === undefined);

/** A stable identity of the dependency values (what the options were loaded for). */
export const dependencyKeyOf = (values: Record<string, unknown> | undefined): string =>
  JSON.stringify(Object.entries(values ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));

/** A human message for a failed options request. */
export const optionsErrorMessage = (error: unknown): string =>
  `Options could not be loaded${error instanceof Error && error.message ? `: ${error.message}` : '.'}`;
