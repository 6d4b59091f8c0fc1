import { createContext, useContext } from 'react';
import type { Control } from 'react-hook-form';
import type { InputComponentOverrides, InputContext } from '../inputs';
import type { ParameterEmitter } from './parameterEmitter';

/** What every field of one ActionForm needs; stable for the form's lifetime so fields never re-render through it. */
export interface FormContextValue {
  control: Control<Record<string, unknown>>;
  components?: InputComponentOverrides;
  inputContext: InputContext;
  disabled: boolean;
  emitter: ParameterEmitter;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('[actionkit-form] form fields must be rendered inside `<ActionForm>`.');
  return value;
}
