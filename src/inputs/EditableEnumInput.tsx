import type { EnumValue } from '../schema';
import { Combobox } from './combobox/Combobox';
import type { InputProps } from './types';

/** EDITABLE_ENUM: a searchable combobox over the schema's options that also accepts typed text. */
export function EditableEnumInput({ input, value, onChange, onBlur, inputRef, ids, describedBy, invalid, required, disabled, groups }: InputProps<EnumValue | null>) {
  return (
    <Combobox
      id={ids.control}
      labelledBy={ids.label}
      describedBy={describedBy}
      invalid={invalid}
      required={required}
      disabled={disabled}
      placeholder={input.placeholder || 'Select or type a value…'}
      groups={groups}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      inputRef={inputRef}
      editable
      clearable={!required}
      clearLabel={`Clear ${input.title}`}
    />
  );
}
