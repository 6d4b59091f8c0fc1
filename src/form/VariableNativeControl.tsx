import { useWatch } from 'react-hook-form';
import { useVariableSource } from '../hooks';
import { useFormContext } from './FormContext';
import { VariableTextbox } from '../inputs/variables/VariableTextbox';
import { nativeControl, type NativeControlProps } from './nativeControl';

/**
 * A built-in text-like field (TEXT, TEXTAREA, NUMBER, EMAIL, URL) of a form with variables: the same
 * uncontrolled `register()` element, inside the variable list, button and token marks.
 */
export function VariableNativeControl(props: NativeControlProps) {
  const source = useVariableSource();
  // renders again when reset() or a schema update sets the element's text, so the token marks follow
  useWatch({ control: useFormContext().control, name: props.node.key });
  const control = (extra?: Record<string, unknown>) => nativeControl({ ...props, extra });
  if (!source) return control();
  const { registered, node } = props;
  // an email input has no caret position to read or set: a text input with the email keyboard instead
  const email = node.type === 'EMAIL' ? { type: 'text', inputMode: 'email' } : undefined;
  return (
    <VariableTextbox source={source} input={node.input} field={node.key} disabled={props.disabled} controlRef={registered.ref}>
      {(bind) => control({ ...bind, ...email })}
    </VariableTextbox>
  );
}
