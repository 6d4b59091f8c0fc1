import { useState } from 'react';
import { errorMessageIn } from '../../api/errorMessages';
import type { ActionFormMessages, ErrorMessages } from '../../schema';
import { hasVariableToken } from '../../schema/guards';
import type { DependencyCheck, InputDependency } from '../types';

/** The first required dependency without a value: the options cannot load until it has one. */
export const missingDependency = (dependencies: InputDependency[] | undefined, values: Record<string, unknown> | undefined) =>
  dependencies?.find((d) => d.required && values?.[d.id] === undefined);

/** The first dependency holding a `{{…}}` token: its value is known only when the workflow runs, so no options can load. */
export const variableDependency = (dependencies: InputDependency[] | undefined, values: Record<string, unknown> | undefined) =>
  dependencies?.find((d) => hasVariableToken(values?.[d.id]));

/** A stable identity of the dependency values (what the options were loaded for). */
export const dependencyKeyOf = (values: Record<string, unknown> | undefined): string =>
  JSON.stringify(Object.entries(values ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));

/** A human message for a failed options request. */
export const optionsErrorMessage = (error: unknown, messages: Pick<ActionFormMessages, 'optionsFailed'> & ErrorMessages): string =>
  messages.optionsFailed(error instanceof Error && error.message ? errorMessageIn(error, messages) : undefined);

/** The form's dependency checks, or (a control rendered outside a form) a map of this component's own. */
export function useDependencyChecks(checks: Map<string, DependencyCheck> | undefined): Map<string, DependencyCheck> {
  const [own] = useState(() => new Map<string, DependencyCheck>());
  return checks ?? own;
}

