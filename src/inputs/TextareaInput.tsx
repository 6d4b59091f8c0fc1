import { controlProps } from './controlProps';
import { TextInput } from './TextInput';
import type { InputProps } from './types';

/** TEXTAREA and TEXTAREA_NO_VARS: `lines` rows; with `lines` absent or 1 it is a text input. */
export function TextareaInput(props: InputProps<string>) {
  const lines = typeof props.input.lines === 'number' ? props.input.lines : 1;
  if (lines <= 1) return <TextInput {...props} />;
  return (
    <textarea
      {...controlProps(props)}
      className="akf-input akf-textarea"
      rows={lines}
      placeholder={props.input.placeholder}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
