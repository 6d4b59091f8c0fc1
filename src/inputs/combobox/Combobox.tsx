import { useCallback, useRef, type FocusEvent, type MouseEvent } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { comboboxMessages, type EnumValue, type OptionGroup } from '../../schema';
import { PopupLayer } from '../popup/PopupLayer';
import { ComboboxPopup } from './ComboboxPopup';
import { useCombobox } from './useCombobox';
import './combobox.css';

export interface ComboboxProps {
  /** Id of the input (the form's label points at it); option and listbox ids derive from it. */
  id: string;
  /** Id of the element naming the combobox and its listbox (the field's label). */
  labelledBy?: string;
  /** Accessible name when there is no label element (e.g. "Key"). */
  label?: string;
  describedBy?: string;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
  placeholder?: string;
  groups: OptionGroup[];
  value: EnumValue | null;
  onChange(value: EnumValue | null): void;
  onBlur?(): void;
  inputRef?(element: HTMLInputElement | null): void;
  /** Accept typed text as the value (EDITABLE_* types). */
  editable?: boolean;
  /** Show a clear button while a value is chosen (optional fields). */
  clearable?: boolean;
  /** Accessible name of the clear button, e.g. "Clear Record type". */
  clearLabel?: string;
  /** `none`: the caller searches (server-side) through `onSearchChange` and passes the results. */
  filter?: 'local' | 'none';
  onSearchChange?(text: string): void;
  /** `filter="none"`: the options do not answer the typed text yet (debouncing or loading), so Enter picks only an exact label match. */
  searching?: boolean;
  loading?: boolean;
  /** The previous list is shown while new options load: marked busy, with an "Updating…" row. */
  updating?: boolean;
  /** `false`: the shown options cannot be picked (they were loaded for other dependency values). */
  pickable?: boolean;
  /** The options load is paused until the connection is back. */
  offline?: boolean;
  loadingMore?: boolean;
  error?: string;
  onRetry?(): void;
  hasMore?: boolean;
  onLoadMore?(): void;
  /** Label shown for a value that is not among the loaded options. */
  selectedLabel?: string;
  emptyMessage?: string;
}

/** The shared ARIA 1.2 combobox: a text input that filters a listbox popup (portalled, placed beside it). */
export function Combobox(props: ComboboxProps) {
  const { id, labelledBy, label, disabled, loading = false, loadingMore = false, hasMore = false, onLoadMore, onBlur, inputRef } = props;
  const { updating = false, offline = false, pickable = true } = props;
  const m = useAreaMessages(comboboxMessages);
  const canLoadMore = hasMore && !loading && !loadingMore && !offline && !props.error && !!onLoadMore;
  const cb = useCombobox({
    id,
    groups: props.groups,
    value: props.value,
    onChange: props.onChange,
    editable: props.editable ?? false,
    filter: props.filter ?? 'local',
    disabled,
    selectedLabel: props.selectedLabel,
    onSearchChange: props.onSearchChange,
    searching: props.searching ?? false,
    pickable,
    canLoadMore,
    onLoadMore,
  });
  const rootRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const inputEl = useRef<HTMLInputElement | null>(null);
  const setInput = useCallback(
    (element: HTMLInputElement | null) => {
      inputEl.current = element;
      inputRef?.(element);
    },
    [inputRef],
  );

  // a non-editable combobox's text is only a search: select it on entry so typing replaces the label
  // (again on the click that focused it, since the mouseup would collapse the selection)
  const selectOnClick = useRef(false);
  const onFocus = (e: FocusEvent<HTMLInputElement>) => {
    if (!props.editable) e.currentTarget.select();
  };
  const onMouseDown = (e: MouseEvent<HTMLInputElement>) => {
    selectOnClick.current = !props.editable && e.currentTarget.ownerDocument.activeElement !== e.currentTarget;
  };
  const onClick = () => {
    if (selectOnClick.current) inputEl.current?.select();
    selectOnClick.current = false;
    if (!cb.open) cb.openAt('selected');
  };

  const onFocusOut = (e: FocusEvent<HTMLDivElement>) => {
    const next = e.relatedTarget instanceof Node ? e.relatedTarget : null;
    // moving between the input and the popup's buttons (Retry) keeps the list open; the popup is
    // portalled, so ancestors checking DOM containment must not see this as leaving
    if (next && (next === inputEl.current || popupRef.current?.contains(next))) return e.stopPropagation();
    cb.leave();
    if (!next || !rootRef.current?.contains(next)) onBlur?.();
  };

  const clear = () => {
    cb.clear();
    inputEl.current?.focus();
  };

  return (
    <div ref={rootRef} className="akf-combobox" data-open={cb.open || undefined} data-disabled={disabled || undefined} onBlur={onFocusOut}>
      <input
        ref={setInput}
        id={id}
        type="text"
        role="combobox"
        className="akf-combobox__input"
        value={cb.inputText}
        placeholder={props.placeholder}
        disabled={disabled}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={cb.open}
        aria-controls={cb.listboxId}
        aria-activedescendant={cb.activeId}
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : label}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-required={props.required || undefined}
        onChange={(e) => cb.type(e.target.value)}
        onKeyDown={cb.onKeyDown}
        onFocus={onFocus}
        onMouseDown={onMouseDown}
        onClick={onClick}
      />
      {(loading || updating) && !offline && <span className="akf-spinner akf-combobox__spinner" aria-hidden="true" />}
      <span className="akf-combobox__chevron" aria-hidden="true" />
      {cb.open && (
        <PopupLayer anchor={rootRef}>
          <ComboboxPopup
            popupRef={popupRef}
            listboxId={cb.listboxId}
            labelledBy={labelledBy}
            label={label}
            list={cb.list}
            active={cb.active}
            selected={cb.selected}
            optionId={cb.optionId}
            onPick={cb.commitIndex}
            onHover={cb.hover}
            onEnd={cb.loadMore}
            loading={loading}
            updating={updating}
            pickable={pickable}
            offline={offline}
            loadingMore={loadingMore}
            error={props.error}
            onRetry={props.onRetry}
            hasMore={hasMore}
            onLoadMore={onLoadMore}
            emptyMessage={props.emptyMessage}
          />
        </PopupLayer>
      )}
      {props.clearable && cb.hasValue && !disabled && (
        <button
          type="button"
          className="akf-combobox__clear"
          aria-label={props.clearLabel ?? m.clear(label ?? '')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={clear}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
