import { createContext, useContext } from 'react';
import { defaultMessages, type ActionFormMessages, type Variable, type VariableRequest } from '../schema';

/** Messages for everything below: the provider's, overridden by a form's `messages`. */
export const MessagesContext = createContext<ActionFormMessages>(defaultMessages);

/** The strings to show: English unless a provider or form passed `messages`. */
export const useMessages = (): ActionFormMessages => useContext(MessagesContext);

/**
 * The form's variables as its fields see them: a list (kept while its content is unchanged), or a
 * stable caller of the host's latest function plus the form's scope for cache keys.
 */
export type FormVariables =
  | { kind: 'list'; list: readonly Variable[] }
  | { kind: 'function'; search(request: VariableRequest): Promise<Variable[]>; scope: string };

/** The variables `ActionForm` offers its fields (`undefined`: no variable UI at all). */
export const VariablesContext = createContext<FormVariables | undefined>(undefined);

/** The form's variables, or `undefined` when it has none (TriggerForm never has). */
export const useVariableSource = (): FormVariables | undefined => useContext(VariablesContext);
