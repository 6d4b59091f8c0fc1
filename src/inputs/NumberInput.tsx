import { controlProps } from './controlProps';
import type { InputProps } from './types';

/**
 * NUMBER: a text input with a numeric keyboard rather than `type="number"`, which would
 * silently drop `{{…}}` variable tokens and half-typed values like "1e".
 */
export function NumberInput(props: InputProps<string>) {
  return (
    <input
      {...controlProps(props)}
      className="akf-input akf-input--number"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      placeholder={props.input.placeholder}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
