import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent, type ReactElement, type Ref, type SyntheticEvent } from 'react';
import { useAreaMessages, type FormVariables } from '../../hooks';
import { variableMessages, type ParagonInput, type Variable } from '../../schema';
import { copyTextStyles } from './caretPosition';
import type { TextElement } from './insertText';
import { TokenHighlight, tokenAt } from './TokenHighlight';
import { useVariablePicker, type PickerList } from './useVariablePicker';
import { VariablePopup } from './VariablePopup';
import './variables.css';

/** What the text element must carry (spread it onto the `<input>` or `<textarea>`; keep your own onChange/onBlur). */
export interface VariableTextBindings {
  ref: (element: TextElement | null) => void;
  onInput(e: FormEvent<TextElement>): void;
  onKeyDown(e: KeyboardEvent<TextElement>): void;
  onSelect(e: SyntheticEvent<TextElement>): void;
  onScroll(e: SyntheticEvent<TextElement>): void;
  onBlurCapture(): void;
  onFocus(e: FormEvent<TextElement>): void;
  onMouseMove(e: MouseEvent<TextElement>): void;
  'aria-autocomplete': 'list';
  'aria-controls'?: string;
  'aria-activedescendant'?: string;
}

export interface VariableTextboxProps {
  /** The form's variables (`useVariableSource()`). */
  source: FormVariables;
  /** The schema input a `variables` function is asked for. */
  input: ParagonInput;
  /** Identifies the field within the form (answers are cached per field and search). */
  field: string;
  disabled?: boolean;
  /** Class of the wrapper (for the layout of the cell it sits in). */
  className?: string;
  /** The element's own ref (react-hook-form's, a focus ref), kept alongside this one. */
  controlRef?: Ref<TextElement>;
  /** Renders the text element with the bindings spread onto it. */
  children(bind: VariableTextBindings): ReactElement;
}

/** Variables by token: the whole list, or those a function has answered so far in this field. */
function useKnownVariables(source: FormVariables, answered: readonly Variable[]): ReadonlyMap<string, Variable> {
  const [seen, setSeen] = useState<ReadonlyMap<string, Variable>>(() => new Map());
  useEffect(() => {
    if (source.kind === 'list' || answered.every((v) => seen.get(v.value) === v)) return;
    setSeen(new Map([...seen, ...answered.map((v): [string, Variable] => [v.value, v])]));
  }, [source, answered, seen]);
  return useMemo(() => (source.kind === 'list' ? new Map(source.list.map((v): [string, Variable] => [v.value, v])) : seen), [source, seen]);
}

const NOTHING: PickerList = { rows: [], error: false, retry: () => {} };

const setRef = <T,>(ref: Ref<T> | undefined, value: T) => {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
};

/**
 * A text field with variables: typing `{{` (or the "Insert variable" button) opens the "Variables"
 * list at the caret; the chosen token replaces the typed `{{query`; tokens are marked in the text.
 * Focus stays in the field throughout, so typing is never taken by the list.
 */
export function VariableTextbox({ source, input, field, disabled = false, className, controlRef, children }: VariableTextboxProps) {
  const m = useAreaMessages(variableMessages);
  const id = useId();
  const element = useRef<TextElement | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const anchor = useRef<HTMLSpanElement>(null);
  const [text, setText] = useState('');
  const picker = useVariablePicker(element, disabled);
  const [shown, setShown] = useState<PickerList>(NOTHING);
  const list = picker.opening ? shown : NOTHING;
  const active = picker.active < list.rows.length ? picker.active : list.rows.length ? 0 : -1;
  const known = useKnownVariables(source, list.rows);
  const listboxId = `${id}variables`;
  const optionId = (index: number) => `${id}variable-${index}`;

  const syncScroll = useCallback(() => {
    const el = element.current;
    if (!el || !layer.current) return;
    layer.current.scrollTop = el.scrollTop;
    layer.current.scrollLeft = el.scrollLeft;
  }, []);
  const sync = useCallback(() => {
    if (!element.current) return;
    setText(element.current.value);
    syncScroll();
    // the browser scrolls the caret into view after the input event
    requestAnimationFrame(syncScroll);
  }, [syncScroll]);
  // after every render: a controlled value or react-hook-form's default may have changed the text
  useLayoutEffect(() => {
    if (element.current && element.current.value !== text) sync();
  });
  const ref = useCallback(
    (el: TextElement | null) => {
      element.current = el;
      setRef(controlRef, el);
      if (el && layer.current) copyTextStyles(el, layer.current);
    },
    [controlRef],
  );

  const bind: VariableTextBindings = {
    ref,
    onInput: (e) => {
      sync();
      picker.onInput(e);
    },
    onKeyDown: (e) => picker.onKeyDown(e, list),
    onSelect: (e) => {
      syncScroll();
      picker.follow(e.currentTarget);
    },
    onScroll: syncScroll,
    onFocus: sync,
    onBlurCapture: picker.close,
    onMouseMove: (e) => {
      const mark = tokenAt(layer.current, e.clientX, e.clientY);
      e.currentTarget.title = mark?.title ?? '';
    },
    // no aria-expanded: ARIA does not allow it on role textbox (the field must keep that role)
    'aria-autocomplete': 'list',
    'aria-controls': picker.opening ? listboxId : undefined,
    'aria-activedescendant': picker.opening && active >= 0 ? optionId(active) : undefined,
  };
  const at = picker.opening?.at;

  return (
    <div className={className ? `akf-vartext ${className}` : 'akf-vartext'}>
      <div className="akf-vartext__field">
        <TokenHighlight layerRef={layer} text={text} known={known} complete={source.kind === 'list'} unknownTitle={m.unknownVariable} />
        {children(bind)}
        {/* always there: the popup reads the theme from its anchor's ancestors when it opens */}
        <span ref={anchor} className="akf-vartext__anchor" style={at ? { left: at.left, top: at.top, height: at.height } : undefined} />
      </div>
      <button
        type="button"
        className="akf-vartext__insert"
        aria-label={m.insertVariable}
        title={m.insertVariable}
        disabled={disabled}
        // keeps focus (and the caret) in the field when it has it
        onMouseDown={(e) => e.preventDefault()}
        onClick={picker.openFromButton}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
          <path d="M5.5 2.5C4 2.5 4 3.5 4 4.5v2C4 7.3 3.4 8 2.5 8c.9 0 1.5.7 1.5 1.5v2c0 1 0 2 1.5 2M10.5 2.5c1.5 0 1.5 1 1.5 2v2c0 .8.6 1.5 1.5 1.5-.9 0-1.5.7-1.5 1.5v2c0 1 0 2-1.5 2" />
        </svg>
      </button>
      {at && (
        <VariablePopup
          anchor={anchor}
          source={source}
          input={input}
          field={field}
          query={picker.query}
          active={picker.active}
          listboxId={listboxId}
          optionId={optionId}
          onHover={picker.setActive}
          onPick={picker.pick}
          onList={setShown}
        />
      )}
    </div>
  );
}
