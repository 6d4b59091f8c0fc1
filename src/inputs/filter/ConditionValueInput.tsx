import { useId } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { filterMessages, type OperatorValueKind } from '../../schema';
import { useVariableSource } from '../../hooks';
import { OptionalVariableTextbox } from '../variables/OptionalVariableTextbox';
import { ListValueInput } from './ListValueInput';

export interface ConditionValueInputProps {
  kind: OperatorValueKind;
  value: unknown;
  onChange(value: unknown): void;
  disabled: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const asText = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** The Value control of a row, shaped by its operator's kind; no control for operators that take no value. */
export function ConditionValueInput({ kind, value, onChange, disabled }: ConditionValueInputProps) {
  const hintId = useId();
  const m = useAreaMessages(filterMessages);
  const variables = useVariableSource() !== undefined;
  // an empty cell keeps "Remove condition" in its column
  if (kind === 'none') return <span className="akf-filter__value akf-filter__value--none" />;
  if (kind === 'list') {
    return (
      <div className="akf-filter__value akf-filter__value--list">
        <ListValueInput value={value} onChange={onChange} disabled={disabled} hintId={hintId} />
        <span id={hintId} className="akf-filter__hint">{m.listHint}</span>
      </div>
    );
  }
  const text = asText(value);
  // A saved date-time or a {{…}} token would be blanked by a date input: show it as text instead.
  // with variables a number takes `{{`: a number input would drop it
  const type = kind === 'number' && (variables || (text !== '' && !Number.isFinite(Number(text)))) ? 'text'
    : kind === 'number' ? 'number'
    : kind === 'date' && (text === '' || ISO_DATE.test(text)) ? 'date'
    : 'text';
  const element = (bind?: object) => (
    <input
      className={`akf-input akf-filter__value akf-filter__value--${kind}`}
      type={type}
      inputMode={type === 'text' && kind === 'number' ? 'decimal' : undefined}
      aria-label={m.value}
      autoComplete="off"
      disabled={disabled}
      value={text}
      onChange={(e) => onChange(e.target.value)}
      {...bind}
    />
  );
  // a date picker cannot hold a token: variables go into text values only
  if (type !== 'text') return element();
  return (
    <OptionalVariableTextbox disabled={disabled} className={`akf-filter__value akf-filter__value--${kind}`}>
      {element}
    </OptionalVariableTextbox>
  );
}
