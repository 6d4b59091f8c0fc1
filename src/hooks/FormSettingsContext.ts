import { createContext, useContext } from 'react';
import { coreMessages, defaultMessages, withArea, type ActionFormMessageOverrides, type ActionFormMessages, type CoreMessages, type MessageLayer, type Variable, type VariableRequest } from '../schema';

/**
 * Messages for everything below: the up-front defaults with the provider's overrides, then a form's.
 * Lazy parts layer their own area's defaults under it (`useAreaMessages`), so no form loads them all.
 */
export const MessagesContext = createContext<MessageLayer>(coreMessages);

/** The up-front strings (with every host override): what the form's core, alerts and ENUM show. */
export const useCoreMessages = (): MessageLayer => useContext(MessagesContext);

/** A lazy part's strings: its area's English defaults under the provider's and form's overrides. */
export const useAreaMessages = <A extends ActionFormMessageOverrides>(area: A): CoreMessages & A => withArea(useContext(MessagesContext), area);

/** The strings to show: English unless a provider or form passed `messages`. */
export const useMessages = (): ActionFormMessages => useAreaMessages(defaultMessages);

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
