import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { filterMessages, type FilterDraftCondition, type FilterOperator, type OptionGroup } from '../../schema';
import { FilterRow } from './FilterRow';

export interface FilterGroupProps {
  /** Position among the OR groups, from 0. */
  index: number;
  rows: FilterDraftCondition[];
  rowKeys: string[];
  fields: OptionGroup[];
  operators: FilterOperator[];
  disabled: boolean;
  onRowChange(r: number, row: FilterDraftCondition): void;
  onRemoveRow(r: number): void;
  onAddRow(): void;
  fieldRef(rowKey: string): (element: HTMLElement | null) => void;
  addRef(element: HTMLElement | null): void;
  /** Also receives the first row's Field (the form focuses it when the filter is invalid). */
  firstFieldRef?(element: HTMLElement | null): void;
}

/** An AND group: its rows and an "Add condition" button. */
export function FilterGroup(props: FilterGroupProps) {
  const { index, rows, rowKeys, firstFieldRef } = props;
  const m = useAreaMessages(filterMessages);
  return (
    <div className="akf-filter__group" role="group" aria-label={m.conditionGroup(index + 1)}>
      {rows.map((row, r) => {
        const ref = props.fieldRef(rowKeys[r]);
        return (
          <FilterRow
            key={rowKeys[r]}
            row={row}
            fields={props.fields}
            operators={props.operators}
            index={r}
            disabled={props.disabled}
            onChange={(next) => props.onRowChange(r, next)}
            onRemove={() => props.onRemoveRow(r)}
            fieldRef={
              r === 0 && firstFieldRef
                ? (element) => {
                    ref(element);
                    firstFieldRef(element);
                  }
                : ref
            }
          />
        );
      })}
      <div className="akf-filter__toolbar">
        <button type="button" ref={props.addRef} className="akf-button akf-button--secondary akf-filter__add" disabled={props.disabled} onClick={props.onAddRow}>
          {m.addCondition}
        </button>
      </div>
    </div>
  );
}
