import { createContext, useContext, type ReactElement } from 'react';
import { useVariableSource } from '../../hooks';
import type { ParagonInput } from '../../schema';
import { VariableTextbox, type VariableTextBindings, type VariableTextboxProps } from './VariableTextbox';

/** The input (and its field name) that text boxes inside a composite control take variables for (the filter's Value). */
export const VariableFieldContext = createContext<{ input: ParagonInput; field: string } | undefined>(undefined);

export interface OptionalVariableTextboxProps extends Omit<VariableTextboxProps, 'source' | 'input' | 'field' | 'children'> {
  input?: ParagonInput;
  field?: string;
  /** Renders the text element; `bind` is undefined when the form has no variables. */
  children(bind: VariableTextBindings | undefined): ReactElement;
}

/** A `VariableTextbox` when the form has variables, else just the element (a sub-field of a composite control). */
export function OptionalVariableTextbox({ input, field, children, ...rest }: OptionalVariableTextboxProps) {
  const source = useVariableSource();
  const outer = useContext(VariableFieldContext);
  const target = input ?? outer?.input;
  if (!source || !target) return children(undefined);
  return (
    <VariableTextbox source={source} input={target} field={field ?? outer?.field ?? target.id} {...rest}>
      {children}
    </VariableTextbox>
  );
}
