import { useId } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { filterMessages, type OptionGroup } from '../../schema';
import { Combobox } from '../combobox/Combobox';
import { useFieldListStatus } from './fieldStatus';

export interface FieldPickerProps {
  /** The filter's field names; none: a free-text field. */
  groups: OptionGroup[];
  value: string;
  onChange(field: string): void;
  disabled: boolean;
  inputRef(element: HTMLElement | null): void;
}

/**
 * A row's Field: an editable combobox over the supported (or loaded) keys, where other names may
 * be typed; a plain textbox when a filter has no keys and loads none.
 */
export function FieldPicker({ groups, value, onChange, disabled, inputRef }: FieldPickerProps) {
  const id = useId();
  const status = useFieldListStatus();
  const m = useAreaMessages(filterMessages);
  if (!groups.length && !status) {
    return (
      <input
        ref={inputRef}
        className="akf-input akf-filter__field"
        type="text"
        aria-label={m.field}
        autoComplete="off"
        spellCheck={false}
        placeholder={m.fieldNamePlaceholder}
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const { unavailable, ...listStatus } = status ?? {};
  const note = value === '' ? undefined : unavailable?.(value);
  const noteId = `${id}-unavailable`;
  return (
    <div className="akf-filter__field">
      <Combobox
        id={id}
        label={m.field}
        invalid={false}
        required={false}
        disabled={disabled}
        placeholder={m.chooseField}
        groups={groups}
        value={value === '' ? null : value}
        onChange={(next) => onChange(next == null ? '' : String(next))}
        inputRef={inputRef}
        describedBy={note ? noteId : undefined}
        editable
        {...listStatus}
      />
      {/* not silently kept: the field left the key list loaded for the new dependency values */}
      {note && <p id={noteId} className="akf-filter__note">{note}</p>}
    </div>
  );
}
