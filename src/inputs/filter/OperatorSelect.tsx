import { useId } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { filterMessages, isFilterOperator, type FilterOperator, type OptionGroup } from '../../schema';
import { Combobox } from '../combobox/Combobox';

export interface OperatorSelectProps {
  operators: FilterOperator[];
  value: FilterOperator | '';
  onChange(operator: FilterOperator | ''): void;
  disabled: boolean;
}

/** Longer lists get the searchable combobox; short ones a native select. */
const COMBOBOX_FROM = 9;

/** A row's Operator, labelled in words (never the raw `$…` string). */
export function OperatorSelect({ operators, value, onChange, disabled }: OperatorSelectProps) {
  const id = useId();
  const m = useAreaMessages(filterMessages);
  if (operators.length >= COMBOBOX_FROM) {
    const groups: OptionGroup[] = [{ options: operators.map((op) => ({ value: op, label: m.operators[op] })) }];
    return (
      <div className="akf-filter__operator">
        <Combobox
          id={id}
          label={m.operator}
          invalid={false}
          required={false}
          disabled={disabled}
          placeholder={m.chooseOperator}
          groups={groups}
          value={value === '' ? null : value}
          onChange={(next) => onChange(isFilterOperator(next) ? next : '')}
        />
      </div>
    );
  }
  return (
    <select
      className="akf-input akf-filter__operator"
      aria-label={m.operator}
      disabled={disabled}
      value={value}
      onChange={(e) => onChange(isFilterOperator(e.target.value) ? e.target.value : '')}
    >
      <option value="">{m.chooseOperator}</option>
      {operators.map((op) => (
        <option key={op} value={op}>
          {m.operators[op]}
        </option>
      ))}
    </select>
  );
}
