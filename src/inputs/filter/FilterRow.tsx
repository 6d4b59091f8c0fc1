import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { filterMessages, operatorValueKind, type FilterDraftCondition, type FilterOperator, type OptionGroup } from '../../schema';
import { ConditionValueInput } from './ConditionValueInput';
import { FieldPicker } from './FieldPicker';
import { withCurrent } from './filterOptions';
import { OperatorSelect } from './OperatorSelect';

export interface FilterRowProps {
  row: FilterDraftCondition;
  fields: OptionGroup[];
  operators: FilterOperator[];
  /** Position in its group, from 0. */
  index: number;
  disabled: boolean;
  onChange(row: FilterDraftCondition): void;
  onRemove(): void;
  fieldRef(element: HTMLElement | null): void;
}

const kindOf = (operator: FilterOperator | '') => (operator === '' ? 'text' : operatorValueKind(operator));

/** One condition: Field, Operator, Value and its "Remove condition" button. */
export function FilterRow({ row, fields, operators, index, disabled, onChange, onRemove, fieldRef }: FilterRowProps) {
  const kind = kindOf(row.operator);
  const m = useAreaMessages(filterMessages);
  const setOperator = (operator: FilterOperator | '') => {
    if (kindOf(operator) === kind) return onChange({ ...row, operator });
    // A value typed for another kind (text for a number, a list for a date) would be wrong here.
    onChange({ field: row.field, operator });
  };
  return (
    <div className="akf-filter__row" role="group" aria-label={m.condition(index + 1)}>
      <FieldPicker groups={fields} value={row.field} disabled={disabled} inputRef={fieldRef} onChange={(field) => onChange({ ...row, field })} />
      <OperatorSelect operators={withCurrent(operators, row.operator)} value={row.operator} disabled={disabled} onChange={setOperator} />
      <ConditionValueInput kind={kind} value={row.value} disabled={disabled} onChange={(value) => onChange({ ...row, value })} />
      <button type="button" className="akf-button akf-icon-button akf-filter__remove" aria-label={m.removeCondition} disabled={disabled} onClick={onRemove}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
