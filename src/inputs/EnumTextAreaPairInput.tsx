import { useCallback, useEffect, useRef } from 'react';
import { useAreaMessages } from '../hooks/FormSettingsContext';
import { pairMessages, isSameValue, type OptionGroup, type PairRow } from '../schema';
import { Combobox } from './combobox/Combobox';
import type { InputProps } from './types';
import { OptionalVariableTextbox } from './variables/OptionalVariableTextbox';
import './rows.css';
import './pairs.css';

const EMPTY_ROW: PairRow = { key: '', text: '' };

/** The options a row may pick: each key at most once, so keys other rows use are left out. */
function keysFor(groups: OptionGroup[], rows: PairRow[], index: number): OptionGroup[] {
  const taken = rows.filter((row, i) => i !== index && row.key !== '').map((row) => row.key);
  if (!taken.length) return groups;
  return groups
    .map((group) => ({ ...group, options: group.options.filter((o) => !taken.some((key) => isSameValue(key, o.value))) }))
    .filter((group) => group.options.length > 0);
}

/** EnumTextAreaPairInput: rows of a "Key" combobox and a "Value" text, each key at most once. */
export function EnumTextAreaPairInput({ input, value, onChange, onBlur, inputRef, ids, describedBy, invalid, required, disabled, groups, name }: InputProps<PairRow[]>) {
  const m = useAreaMessages(pairMessages);
  const rows = Array.isArray(value) && value.length ? value : [EMPTY_ROW];
  const keyInputs = useRef<Array<HTMLInputElement | null>>([]);
  const refCallbacks = useRef(new Map<number, (element: HTMLInputElement | null) => void>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<number | null>(null);
  const optionCount = groups.reduce((n, group) => n + group.options.length, 0);
  const lines = input.lines ?? 1;

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    (keyInputs.current[focusAfterRender.current] ?? addButton.current)?.focus();
    focusAfterRender.current = null;
  });

  // stable ref callbacks, so the form is not handed the first key input again on every render
  const firstKeyRef = useCallback(
    (element: HTMLInputElement | null) => {
      keyInputs.current[0] = element;
      inputRef(element);
    },
    [inputRef],
  );
  const keyRef = (index: number) => {
    if (index === 0) return firstKeyRef;
    let callback = refCallbacks.current.get(index);
    if (!callback) {
      callback = (element) => {
        keyInputs.current[index] = element;
      };
      refCallbacks.current.set(index, callback);
    }
    return callback;
  };

  const update = (index: number, patch: Partial<PairRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    focusAfterRender.current = rows.length;
    onChange([...rows, { ...EMPTY_ROW }]);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    focusAfterRender.current = Math.min(index, Math.max(next.length - 1, 0));
    onChange(next);
  };

  return (
    <div
      role="group"
      id={ids.control}
      className="akf-pairs"
      aria-labelledby={ids.label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      {rows.map((row, index) => {
        const valueProps = {
          id: `${ids.control}-value-${index}`,
          className: 'akf-input akf-pairs__value',
          'aria-label': m.value,
          placeholder: m.value,
          value: row.text,
          disabled,
          onBlur,
        };
        return (
          <div key={index} className="akf-pairs__row">
            <div className="akf-pairs__key">
              <Combobox
                id={`${ids.control}-key-${index}`}
                label={m.key}
                placeholder={m.key}
                describedBy={index === 0 ? describedBy : undefined}
                invalid={index === 0 && invalid}
                required={index === 0 && required}
                disabled={disabled}
                groups={keysFor(groups, rows, index)}
                value={row.key === '' ? null : row.key}
                onChange={(key) => update(index, { key: key ?? '' })}
                onBlur={onBlur}
                inputRef={keyRef(index)}
              />
            </div>
            <OptionalVariableTextbox input={input} field={`${name}:value`} disabled={disabled} className="akf-pairs__value-cell">
              {(bind) =>
                lines > 1 ? (
                  <textarea {...valueProps} rows={lines} onChange={(e) => update(index, { text: e.target.value })} {...bind} />
                ) : (
                  <input {...valueProps} type="text" onChange={(e) => update(index, { text: e.target.value })} {...bind} />
                )
              }
            </OptionalVariableTextbox>
            <button type="button" className="akf-button akf-icon-button akf-pairs__remove" aria-label={m.removePair} disabled={disabled} onClick={() => remove(index)}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="akf-button akf-button--secondary akf-pairs__add"
        disabled={disabled || (optionCount > 0 && rows.length >= optionCount)}
        onClick={add}
      >
        {m.addPair}
      </button>
    </div>
  );
}
