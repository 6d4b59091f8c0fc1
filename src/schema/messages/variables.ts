import type { ActionFormMessages } from './types';

/** The variable list, variable mode and variable tokens (text fields and CODE). */
export const variableMessages = {
  insertVariable: 'Insert variable',
  useVariable: 'Use a variable',
  variables: 'Variables',
  variablesLoading: 'Loading variables…',
  variablesEmpty: 'No matching variables',
  variablesFailed: 'Variables could not be loaded.',
  unknownVariable: (token) => `${token}: not a variable of this step`,
} satisfies Partial<ActionFormMessages>;

/** The keys of `variableMessages`. */
export type VariableMessages = typeof variableMessages;
