import { controlProps } from './controlProps';
import type { InputProps } from './types';

/** BOOLEAN_INPUT and SWITCH: a toggle with role `switch`; what it shows is what is sent. */
export function SwitchInput(props: InputProps<boolean>) {
  const checked = props.value === true;
  const { onBlur, ...rest } = controlProps(props);
  return (
    <button
      {...rest}
      type="button"
      role="switch"
      aria-checked={checked}
      className="akf-switch"
      data-state={checked ? 'checked' : 'unchecked'}
      onClick={() => props.onChange(!checked)}
      onBlur={onBlur}
    >
      <span className="akf-switch__thumb" aria-hidden="true" />
    </button>
  );
}
