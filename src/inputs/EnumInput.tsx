import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useCoreMessages } from '../hooks/FormSettingsContext';
import { findOption, flattenOptions, type EnumValue } from '../schema';
import { useTypeahead } from './select/useTypeahead';
import type { InputProps } from './types';

const loadRadixSelect = () => import('./select/RadixSelect');
const RadixSelect = lazy(loadRadixSelect);
const OPEN_KEYS = new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown']);

/**
 * ENUM: a select-only combobox. The trigger is always this one button (cheap to mount, and the same
 * element for assistive tech and tests); opening mounts a Radix Select list, anchored to it, from
 * its own chunk. Typeahead on the closed trigger chooses without opening, as Radix's does.
 */
export function EnumInput(props: InputProps<EnumValue | null>) {
  const { input, groups, value, onChange, ids, disabled } = props;
  const m = useCoreMessages();
  const options = useMemo(() => flattenOptions(groups), [groups]);
  const selected = findOption(options, value);
  const [open, setOpen] = useState(false);
  const [listboxId, setListboxId] = useState<string | undefined>();
  const trigger = useRef<HTMLButtonElement | null>(null);
  const typeahead = useTypeahead(options, selected, (option) => onChange(option.value));
  const contentRef = useCallback((el: HTMLDivElement | null) => setListboxId(el?.id || undefined), []);
  const { inputRef } = props;
  const setTrigger = useCallback(
    (element: HTMLButtonElement | null) => {
      trigger.current = element;
      inputRef(element);
    },
    [inputRef],
  );
  const show = () => !disabled && setOpen(true);
  const close = () => {
    setOpen(false);
    props.onBlur();
  };
  const empty = value == null || value === '';
  return (
    <div className="akf-select">
      <button
        ref={setTrigger}
        id={ids.control}
        type="button"
        role="combobox"
        className="akf-select__trigger"
        aria-labelledby={ids.label}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-required={props.required || undefined}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listboxId : undefined}
        aria-autocomplete="none"
        disabled={disabled}
        data-state={open ? 'open' : 'closed'}
        data-placeholder={empty ? '' : undefined}
        onPointerDown={(e) => {
          if (e.button !== 0 || e.ctrlKey || e.pointerType !== 'mouse') return;
          e.preventDefault(); // the list takes the focus, as with Radix's own trigger
          show();
        }}
        onClick={(e) => {
          e.currentTarget.focus();
          if ((e.nativeEvent as PointerEvent).pointerType !== 'mouse') show();
        }}
        onKeyDown={(e) => {
          if (typeahead(e)) return;
          if (OPEN_KEYS.has(e.key)) {
            e.preventDefault();
            show();
          }
        }}
        onBlur={() => !open && props.onBlur()}
      >
        <span className="akf-select__value">{selected ? selected.label : empty ? input.placeholder || m.selectPlaceholder : String(value)}</span>
        <span className="akf-select__icon" aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <RadixSelect
            groups={groups}
            selectedKey={selected ? String(options.indexOf(selected)) : ''}
            onValueChange={(key) => onChange(options[Number(key)]?.value ?? null)}
            onClose={close}
            onClosed={() => trigger.current?.focus({ preventScroll: true })}
            contentRef={contentRef}
            required={props.required}
            anchor={trigger}
          />
        </Suspense>
      )}
      {!props.required && !disabled && !empty && (
        <button type="button" className="akf-select__clear" aria-label={m.clear(input.title)} onClick={() => onChange(null)}>
          ×
        </button>
      )}
    </div>
  );
}

/** Loads the Radix part ahead of the first open (the form calls it when its schema has an ENUM). */
EnumInput.preload = loadRadixSelect;
