import type { InputIds } from '../inputs/types';

export interface VariableModeInputProps {
  ids: InputIds;
  name: string;
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  inputRef(element: HTMLElement | null): void;
  describedBy?: string;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
}

/**
 * The textbox of "Use a variable": takes a `{{…}}` token like a text input, named by the field's
 * label (its id is the label's `htmlFor`). A plain input for now; the variable-list textbox replaces it.
 */
export function VariableModeInput({ ids, name, value, onChange, onBlur, inputRef, describedBy, invalid, required, disabled }: VariableModeInputProps) {
  return (
    <input
      ref={inputRef}
      id={ids.control}
      name={name}
      type="text"
      className="akf-input akf-variable-mode__input"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
      placeholder="{{…}}"
    />
  );
}
