import { createContext, useContext } from 'react';
import { defaultMessages, type ActionFormMessages, type VariableSource } from '../schema';

/** Messages for everything below: the provider's, overridden by a form's `messages`. */
export const MessagesContext = createContext<ActionFormMessages>(defaultMessages);

/** The strings to show: English unless a provider or form passed `messages`. */
export const useMessages = (): ActionFormMessages => useContext(MessagesContext);

/** The variables `ActionForm` offers its fields (`undefined`: no variable UI at all). */
export const VariablesContext = createContext<VariableSource | undefined>(undefined);

/** The form's `variables` prop, or `undefined` when it has none (TriggerForm never has). */
export const useVariableSource = (): VariableSource | undefined => useContext(VariablesContext);
