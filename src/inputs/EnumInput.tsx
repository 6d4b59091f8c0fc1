import { lazy, Suspense, useLayoutEffect, useMemo, useRef, useState, type ButtonHTMLAttributes, type KeyboardEvent, type PointerEvent } from 'react';
import { findOption, flattenOptions, type EnumValue } from '../schema';
import { useTypeahead } from './select/useTypeahead';
import type { InputProps } from './types';

const loadRadixSelect = () => import('./select/RadixSelect');
const RadixSelect = lazy(loadRadixSelect);
const OPEN_KEYS = new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown']);

/**
 * ENUM: a select-only combobox. Closed, it is a plain button (no Radix mounted, so a form with many
 * dropdowns mounts fast, and Radix's code loads in its own chunk); opening mounts a Radix Select,
 * open, in its place. Typeahead on the closed trigger chooses without opening, as Radix's does.
 */
export function EnumInput(props: InputProps<EnumValue | null>) {
  const { input, groups, value, onChange, ids, disabled } = props;
  const options = useMemo(() => flattenOptions(groups), [groups]);
  const selected = findOption(options, value);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const refocus = useRef(false);
  const typeahead = useTypeahead(options, selected, (option) => onChange(option.value));

  // the closed trigger replaces Radix's after closing: focus goes back to it, as Radix would do
  useLayoutEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    trigger.current?.focus({ preventScroll: true });
  }, [open]);

  const setTrigger = (element: HTMLButtonElement | null) => {
    trigger.current = element;
    props.inputRef(element);
  };
  const show = () => !disabled && setOpen(true);
  const close = () => {
    refocus.current = true;
    props.onBlur();
    setOpen(false);
  };

  const empty = value == null || value === '';
  const triggerProps: ButtonHTMLAttributes<HTMLButtonElement> = {
    id: ids.control,
    className: 'akf-select__trigger',
    'aria-labelledby': ids.label,
    'aria-describedby': props.describedBy,
    'aria-invalid': props.invalid || undefined,
    'aria-required': props.required || undefined,
    onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
      if (typeahead(e)) e.stopPropagation(); // Radix's trigger would search its (unmounted) items
    },
  };
  const face = (
    <>
      <span className="akf-select__value" data-placeholder={empty ? '' : undefined}>
        {selected ? selected.label : empty ? input.placeholder || 'Select…' : String(value)}
      </span>
      <span className="akf-select__icon" aria-hidden="true">▾</span>
    </>
  );
  const closed = (
    <button
      {...triggerProps}
      ref={setTrigger}
      type="button"
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="none"
      disabled={disabled}
      data-state="closed"
      onPointerDown={(e: PointerEvent<HTMLButtonElement>) => {
        if (e.button !== 0 || e.ctrlKey || e.pointerType !== 'mouse') return;
        e.preventDefault(); // the list takes the focus, as with Radix's own trigger
        show();
      }}
      onClick={(e) => {
        e.currentTarget.focus();
        if ((e.nativeEvent as globalThis.PointerEvent).pointerType !== 'mouse') show();
      }}
      onKeyDown={(e) => {
        if (typeahead(e)) return;
        if (OPEN_KEYS.has(e.key)) {
          e.preventDefault();
          show();
        }
      }}
      onBlur={props.onBlur}
    >
      {face}
    </button>
  );
  return (
    <div className="akf-select">
      {open ? (
        <Suspense fallback={closed}>
          <RadixSelect
            groups={groups}
            selectedKey={selected ? String(options.indexOf(selected)) : ''}
            onValueChange={(key) => onChange(options[Number(key)]?.value ?? null)}
            onClose={close}
            disabled={disabled}
            required={props.required}
            triggerRef={setTrigger}
            triggerProps={triggerProps}
          >
            {face}
          </RadixSelect>
        </Suspense>
      ) : (
        closed
      )}
      {!props.required && !disabled && !empty && (
        <button type="button" className="akf-select__clear" aria-label={`Clear ${input.title}`} onClick={() => onChange(null)}>
          ×
        </button>
      )}
    </div>
  );
}

/** Loads the Radix part ahead of the first open (the form calls it when its schema has an ENUM). */
EnumInput.preload = loadRadixSelect;
