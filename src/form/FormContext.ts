import { createContext, useContext } from 'react';
import type { Control, UseFormRegister } from 'react-hook-form';
import type { InputComponentOverrides, InputContext } from '../inputs/types';
import type { InputNode } from '../schema';
import type { FieldErrorStore } from './fieldErrors';

/** What every field of one form needs; stable for the form's lifetime so fields never re-render through it. */
export interface FormContextValue {
  control: Control<Record<string, unknown>>;
  register: UseFormRegister<Record<string, unknown>>;
  components?: InputComponentOverrides;
  inputContext: InputContext;
  disabled: boolean;
  errors: FieldErrorStore;
  /** The form has `variables`: enums and booleans offer "Use a variable" (a flag, so fields never re-render with the list). */
  hasVariables?: boolean;
  /** A field's value changed: update the parameters and, once the user has submitted, its message. */
  changed(node: InputNode): void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('[actionkit-form] form fields must be rendered inside `<ActionForm>` or `<TriggerForm>`.');
  return value;
}
