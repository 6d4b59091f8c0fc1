import type { ActionFormMessages, EnumValue } from '../../schema';
import type { InputProps } from '../types';
import type { ComboboxProps } from './Combobox';

/** The Combobox props every enum-like field shares: ids, ARIA state, value wiring and clearing when optional. */
export const fieldComboboxProps = (props: InputProps<EnumValue | null>, messages: Pick<ActionFormMessages, 'clear'>) =>
  ({
    id: props.ids.control,
    labelledBy: props.ids.label,
    describedBy: props.describedBy,
    invalid: props.invalid,
    required: props.required,
    disabled: props.disabled,
    groups: props.groups,
    value: props.value,
    onChange: props.onChange,
    onBlur: props.onBlur,
    inputRef: props.inputRef,
    clearable: !props.required,
    clearLabel: messages.clear(props.input.title),
  }) satisfies Partial<ComboboxProps>;
