import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { queryAfter, typedTokenStart, type Variable } from '../../schema';
import { caretPosition, type CaretPoint } from './caretPosition';
import { insertText, type TextElement } from './insertText';

/** Where the list opened: at a typed `{{` (`braces`), or at the caret from the "Insert variable" button. */
interface Opening {
  start: number;
  braces: boolean;
  at: CaretPoint;
}

export interface PickerList {
  rows: readonly Variable[];
  error: boolean;
  retry(): void;
}

/**
 * State and key handling of the variable list of one text field: open, query, highlight, insertion.
 * Not `handleComboboxKey`: in a text field Home/End must keep moving the caret and Tab inserts.
 */
export function useVariablePicker(element: { current: TextElement | null }, disabled: boolean) {
  const [opening, setOpening] = useState<Opening | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const lastSelection = useRef<[number, number] | null>(null);

  const open = (el: TextElement, start: number, braces: boolean) => {
    const p = caretPosition(el, start);
    const left = Math.max(0, Math.min(el.offsetLeft + p.left - el.scrollLeft, el.offsetLeft + el.offsetWidth - 1));
    setOpening({ start, braces, at: { left, top: el.offsetTop + p.top - el.scrollTop, height: p.height } });
    setQuery('');
    setActive(0);
  };
  const close = () => setOpening(null);

  /** The caret or text changed: follow the query, or close when the caret left it. */
  const follow = (el: TextElement) => {
    lastSelection.current = [el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length];
    if (!opening) return;
    const next = queryAfter(el.value, opening.start, el.selectionStart ?? 0, opening.braces);
    if (next === undefined) return close();
    if (next !== query) {
      setQuery(next);
      setActive(0);
    }
  };

  const onInput = (e: FormEvent<TextElement>) => {
    const el = e.currentTarget;
    const deleting = (e.nativeEvent as InputEvent).inputType?.startsWith('delete');
    const start = opening || deleting || disabled ? -1 : typedTokenStart(el.value, el.selectionStart ?? 0);
    if (start >= 0) open(el, start, true);
    else follow(el);
  };

  const pick = (variable: Variable | undefined) => {
    const el = element.current;
    if (!el || !opening || !variable) return;
    close();
    insertText(el, opening.start, Math.max(opening.start, el.selectionEnd ?? el.value.length), variable.value);
    lastSelection.current = [el.selectionStart ?? 0, el.selectionEnd ?? 0];
  };

  /** The "Insert variable" button: the list at the last caret (the end when never focused), focus in the field. */
  const openFromButton = () => {
    const el = element.current;
    if (!el || disabled) return;
    if (opening) return close();
    const [start, end] = lastSelection.current ?? [el.value.length, el.value.length];
    el.focus();
    el.setSelectionRange(start, end);
    open(el, start, false);
  };

  const onKeyDown = (e: KeyboardEvent<TextElement>, list: PickerList) => {
    if (!opening || e.nativeEvent.isComposing) return;
    const count = list.rows.length;
    const current = active < count ? active : 0;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        if (count) setActive((current + (e.key === 'ArrowDown' ? 1 : count - 1)) % count);
        return;
      case 'Enter':
        e.preventDefault(); // never submits the form (nor adds a line) while the list is open
        if (count) return pick(list.rows[current]);
        if (list.error) list.retry();
        return;
      case 'Tab':
        if (!count) return close();
        e.preventDefault();
        return pick(list.rows[current]);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation(); // the text stays; an enclosing dialog stays open
        return close();
    }
  };

  return { opening, query, active: opening ? active : -1, setActive, close, follow, onInput, onKeyDown, pick, openFromButton };
}
