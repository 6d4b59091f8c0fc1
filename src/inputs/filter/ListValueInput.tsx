import { useState } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { OptionalVariableTextbox } from '../variables/OptionalVariableTextbox';
import { filterMessages } from '../../schema';

export interface ListValueInputProps {
  value: unknown;
  onChange(items: string[]): void;
  disabled: boolean;
  hintId: string;
}

const toItems = (text: string) => text.split(',').map((item) => item.trim());
const asItems = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? toItems(value) : [];
const sameItems = (a: string[], b: string[]) => {
  const x = a.filter(Boolean);
  const y = b.filter(Boolean);
  return x.length === y.length && x.every((item, i) => item === y[i]);
};

/**
 * A list value typed as comma-separated text. The text is kept as typed (spaces, a trailing comma)
 * while the draft holds the items; a list from elsewhere (a restored filter) replaces the text.
 */
export function ListValueInput({ value, onChange, disabled, hintId }: ListValueInputProps) {
  const m = useAreaMessages(filterMessages);
  const items = asItems(value);
  const [text, setText] = useState(() => items.join(', '));
  const shown = sameItems(items, toItems(text)) ? text : items.join(', ');
  if (shown !== text) setText(shown);
  return (
    <OptionalVariableTextbox disabled={disabled}>
      {(bind) => (
    <input
      className="akf-input akf-filter__list"
      type="text"
      aria-label={m.value}
      aria-describedby={hintId}
      autoComplete="off"
      disabled={disabled}
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange(toItems(e.target.value));
      }}
      {...bind}
    />
      )}
    </OptionalVariableTextbox>
  );
}
