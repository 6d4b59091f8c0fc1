import { useLayoutEffect, useMemo, type RefObject } from 'react';
import { useVariables, type FormVariables } from '../../hooks';
import type { ParagonInput, Variable } from '../../schema';
import { PopupLayer } from '../popup/PopupLayer';
import { groupVariables } from './groupVariables';
import type { PickerList } from './useVariablePicker';
import { VariableList } from './VariableList';

export interface VariablePopupProps {
  anchor: RefObject<HTMLElement | null>;
  source: FormVariables;
  input: ParagonInput;
  field: string;
  query: string;
  active: number;
  listboxId: string;
  optionId(index: number): string;
  onHover(index: number): void;
  onPick(variable: Variable): void;
  /** What the list shows, in row order, for the field's keys (and its token marks). */
  onList(list: PickerList): void;
}

/**
 * The open list: mounted only while open, so a closed field asks nothing and holds no query.
 * Its rows go up to the field, whose keys move and pick while focus stays in the text.
 */
export function VariablePopup(p: VariablePopupProps) {
  const { onList } = p;
  const result = useVariables(p.source, { search: p.query, input: p.input, field: p.field, enabled: true });
  const { groups, rows } = useMemo(() => groupVariables(result.variables), [result.variables]);
  const { error, retry } = result;
  useLayoutEffect(() => onList({ rows, error: !!error, retry }), [onList, rows, error, retry]);
  const active = p.active < rows.length ? p.active : rows.length ? 0 : -1;
  return (
    <PopupLayer anchor={p.anchor} matchWidth={false}>
      <VariableList
        listboxId={p.listboxId}
        groups={groups}
        count={rows.length}
        active={active}
        optionId={p.optionId}
        onPick={(index) => rows[index] && p.onPick(rows[index])}
        onHover={p.onHover}
        loading={result.isLoading}
        error={!!error}
        onRetry={retry}
      />
    </PopupLayer>
  );
}
