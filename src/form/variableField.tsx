import { Suspense } from 'react';
import { takesVariableText, type InputType } from '../schema';
import { lazyControl } from './lazyControl';
import { nativeControl, type NativeControlProps } from './nativeControl';

/** The variable list and its parts arrive in a chunk of their own: forms without variables never load it. */
export const VARIABLE_CONTROL = lazyControl(() => import('./VariableNativeControl').then((m) => m.VariableNativeControl));

/** Whether a natively rendered field of a form with variables gets the variable list. */
export const offersVariableText = (type: InputType, formHasVariables: boolean | undefined): boolean => !!formHasVariables && takesVariableText(type);

/** The field's native control inside the variable list; the plain control shows while the chunk loads. */
export function variableField(props: NativeControlProps) {
  return (
    <Suspense fallback={nativeControl(props)}>
      <VARIABLE_CONTROL.Suspending {...props} />
    </Suspense>
  );
}
