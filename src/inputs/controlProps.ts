import type { InputProps } from './types';

/** The attributes every native control shares: id, name, ARIA state and the focus ref. */
export const controlProps = <T,>(props: InputProps<T>) => ({
  id: props.ids.control,
  name: props.name,
  ref: props.inputRef,
  'aria-describedby': props.describedBy,
  'aria-invalid': props.invalid || undefined,
  'aria-required': props.required || undefined,
  disabled: props.disabled,
  onBlur: props.onBlur,
});
