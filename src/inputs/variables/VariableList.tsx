import { Fragment, type MouseEvent } from 'react';
import { useAreaMessages } from '../../hooks';
import { ComboboxOption } from '../combobox/ComboboxOption';
import type { VariableGroup } from './groupVariables';
import { variableMessages } from '../../schema';

export interface VariableListProps {
  listboxId: string;
  groups: VariableGroup[];
  count: number;
  active: number;
  optionId(index: number): string;
  onPick(index: number): void;
  onHover(index: number): void;
  loading: boolean;
  error: boolean;
  onRetry(): void;
}

const indexOf = (e: MouseEvent): number => {
  const row = e.target instanceof Element ? e.target.closest('[data-index]') : null;
  return row ? Number(row.getAttribute('data-index')) : -1;
};

/** The "Variables" listbox (rows as in the combobox list) and its loading, empty and error rows. */
export function VariableList(p: VariableListProps) {
  const m = useAreaMessages(variableMessages);
  return (
    // mousedown would move focus out of the field (closing the list) before the click lands
    <div className="akf-combobox__popup akf-variables" onMouseDown={(e) => e.preventDefault()}>
      <div
        role="listbox"
        id={p.listboxId}
        aria-label={m.variables}
        aria-busy={p.loading || undefined}
        className="akf-combobox__listbox"
        onClick={(e) => {
          const index = indexOf(e);
          if (index >= 0) p.onPick(index);
        }}
        onMouseMove={(e) => {
          const index = indexOf(e);
          if (index >= 0 && index !== p.active) p.onHover(index);
        }}
      >
        {p.groups.map((group, g) => {
          const rows = group.rows.map(({ index, variable }) => (
            <ComboboxOption
              key={index}
              id={p.optionId(index)}
              index={index}
              label={variable.label}
              subtitle={variable.description}
              highlighted={index === p.active}
              selected={false}
            />
          ));
          if (group.title === undefined) return <Fragment key={`g${g}`}>{rows}</Fragment>;
          const titleId = `${p.listboxId}-group-${g}`;
          return (
            <div key={`g${g}`} role="group" aria-labelledby={titleId} className="akf-combobox__group">
              <div id={titleId} className="akf-combobox__group-title">{group.title}</div>
              {rows}
            </div>
          );
        })}
      </div>
      {p.loading && (
        <div role="status" className="akf-combobox__status">
          <span className="akf-spinner" aria-hidden="true" />
          {m.variablesLoading}
        </div>
      )}
      {!p.loading && !p.error && p.count === 0 && <div role="status" className="akf-combobox__empty">{m.variablesEmpty}</div>}
      {p.error && (
        <div role="alert" className="akf-combobox__error">
          <span className="akf-combobox__error-message">{m.variablesFailed}</span>
          <button type="button" className="akf-combobox__retry" onClick={p.onRetry}>{m.retry}</button>
        </div>
      )}
    </div>
  );
}
