import { Fragment, useContext, useMemo, type FocusEvent } from 'react';
import { ActionKitContext } from '../../hooks/ActionKitContext';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { filterMessages, cleanFilter, type FilterDraft, type OptionGroup } from '../../schema';
import type { InputProps } from '../types';
import { describeFilter } from './describeFilter';
import { fieldGroups, supportedOperators } from './filterOptions';
import { FieldListStatusContext } from './fieldStatus';
import { FilterGroup } from './FilterGroup';
import { useFilterDraft } from './useFilterDraft';
import { VariableFieldContext } from '../variables/OptionalVariableTextbox';
import { useLoadedFields } from './useLoadedFields';
import '../rows.css';
import './filter.css';

/**
 * CONDITIONAL and DYNAMIC_CONDITIONAL: a filter builder editing OR groups of AND rows
 * (Field / Operator / Value). The value is the draft; the form converts it with `cleanFilter`.
 */
export function FilterInput(props: InputProps<FilterDraft>) {
  const kit = useContext(ActionKitContext);
  const loads = props.type === 'DYNAMIC_CONDITIONAL' && !!kit?.loadOptions && !!props.context.integration && !!props.input.supportedKeysSource?.sourceType;
  return loads ? <LoadedFilterInput {...props} /> : <FilterBuilder {...props} />;
}

/** DYNAMIC_CONDITIONAL: the Field lists offer the keys loaded from `supportedKeysSource`. */
function LoadedFilterInput(props: InputProps<FilterDraft>) {
  const { groups, status } = useLoadedFields(props as InputProps<unknown>);
  return (
    <FieldListStatusContext.Provider value={status}>
      <FilterBuilder {...props} fields={groups} />
    </FieldListStatusContext.Provider>
  );
}

function FilterBuilder({ input, type, value, onChange, onBlur, inputRef, ids, describedBy, invalid, disabled, ...rest }: InputProps<FilterDraft> & { fields?: OptionGroup[] }) {
  const edit = useFilterDraft(value, onChange);
  const staticFields = useMemo(() => fieldGroups(input, type), [input, type]);
  const fields = rest.fields ?? staticFields;
  const operators = useMemo(() => supportedOperators(input), [input]);
  const complete = cleanFilter(edit.draft);
  const m = useAreaMessages(filterMessages);
  const variableField = useMemo(() => ({ input, field: `${rest.name}:value` }), [input, rest.name]);

  const onFocusOut = (e: FocusEvent<HTMLDivElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) onBlur();
  };

  return (
    <VariableFieldContext.Provider value={variableField}>
    <div
      id={ids.control}
      role="group"
      className="akf-filter"
      aria-labelledby={ids.label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onBlur={onFocusOut}
    >
      {edit.draft.map((rows, g) => (
        <Fragment key={edit.keys[g].group}>
          {g > 0 && <p className="akf-filter__or">{m.or}</p>}
          <FilterGroup
            index={g}
            rows={rows}
            rowKeys={edit.keys[g].rows}
            fields={fields}
            operators={operators}
            disabled={disabled}
            onRowChange={(r, row) => edit.update(g, r, row)}
            onRemoveRow={(r) => edit.removeRow(g, r)}
            onAddRow={() => edit.addRow(g)}
            fieldRef={edit.refs.field}
            addRef={edit.refs.add(edit.keys[g].group)}
            firstFieldRef={g === 0 ? inputRef : undefined}
          />
        </Fragment>
      ))}
      {!input.disableOrCondition && (
        <div className="akf-filter__toolbar">
          <button type="button" className="akf-button akf-button--secondary akf-filter__add-group" disabled={disabled} onClick={edit.addGroup}>
            {m.addOrGroup}
          </button>
        </div>
      )}
      {complete && <p className="akf-filter__summary">{m.filterSummary(describeFilter(complete, m))}</p>}
    </div>
    </VariableFieldContext.Provider>
  );
}
