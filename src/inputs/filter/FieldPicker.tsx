import { useId } from 'react';
import type { OptionGroup } from '../../schema';
import { Combobox } from '../combobox/Combobox';

export interface FieldPickerProps {
  /** The filter's field names; none: a free-text field. */
  groups: OptionGroup[];
  value: string;
  onChange(field: string): void;
  disabled: boolean;
  inputRef(element: HTMLElement | null): void;
}

/** A row's Field: an editable combobox over the supported keys (other names may be typed), else a textbox. */
export function FieldPicker({ groups, value, onChange, disabled, inputRef }: FieldPickerProps) {
  const id = useId();
  if (!groups.length) {
    return (
      <input
        ref={inputRef}
        className="akf-input akf-filter__field"
        type="text"
        aria-label="Field"
        autoComplete="off"
        spellCheck={false}
        placeholder="Field name"
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className="akf-filter__field">
      <Combobox
        id={id}
        label="Field"
        invalid={false}
        required={false}
        disabled={disabled}
        placeholder="Choose a field"
        groups={groups}
        value={value === '' ? null : value}
        onChange={(next) => onChange(next == null ? '' : String(next))}
        inputRef={inputRef}
        editable
      />
    </div>
  );
}
