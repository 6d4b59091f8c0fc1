import { OptionalVariableTextbox } from '../inputs/variables/OptionalVariableTextbox';
import type { InputIds } from '../inputs/types';
import type { ParagonInput } from '../schema';

export interface VariableModeInputProps {
  input: ParagonInput;
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
 * The textbox of "Use a variable": takes a `{{…}}` token like a text input (the variable list at the
 * caret, "Insert variable", token marks), named by the field's label (its id is the label's `htmlFor`).
 */
export function VariableModeInput({ input, ids, name, value, onChange, onBlur, inputRef, describedBy, invalid, required, disabled }: VariableModeInputProps) {
  return (
    <OptionalVariableTextbox input={input} field={name} disabled={disabled} controlRef={inputRef}>
      {(bind) => (
        <input
          ref={bind ? undefined : inputRef}
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
          {...bind}
        />
      )}
    </OptionalVariableTextbox>
  );
}
