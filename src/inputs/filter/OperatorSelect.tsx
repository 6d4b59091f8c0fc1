import { useId } from 'react';
import { isFilterOperator, type FilterOperator, type OptionGroup } from '../../schema';
import { Combobox } from '../combobox/Combobox';
import { operatorLabel } from './filterOptions';

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
  if (operators.length >= COMBOBOX_FROM) {
    const groups: OptionGroup[] = [{ options: operators.map((op) => ({ value: op, label: operatorLabel(op) })) }];
    return (
      <div className="akf-filter__operator">
        <Combobox
          id={id}
          label="Operator"
          invalid={false}
          required={false}
          disabled={disabled}
          placeholder="Choose an operator"
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
      aria-label="Operator"
      disabled={disabled}
      value={value}
      onChange={(e) => onChange(isFilterOperator(e.target.value) ? e.target.value : '')}
    >
      <option value="">Choose an operator</option>
      {operators.map((op) => (
        <option key={op} value={op}>
          {operatorLabel(op)}
        </option>
      ))}
    </select>
  );
}
