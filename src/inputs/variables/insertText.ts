import { caretPosition } from './caretPosition';

export type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Replaces `[start, end)` of the field's text with `text`, caret after it, as typing would: through
 * the browser's editing command where it exists (the user can undo it), else by the native value
 * setter plus an `input` event, which React's `onChange` and react-hook-form's `register()` both see.
 */
export function insertText(el: TextElement, start: number, end: number, text: string): void {
  const expected = el.value.slice(0, start) + text + el.value.slice(end);
  el.focus();
  el.setSelectionRange(start, end);
  // execCommand is deprecated but still the only way to keep the browser's undo stack
  const done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
  if (!done || el.value !== expected) {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    // React tracks the value set through the element; the prototype's setter bypasses that tracker
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, expected);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    // once more through the element itself: whatever else tracks its value (test tools) learns it too
    el.value = expected;
  }
  const caret = start + text.length;
  el.setSelectionRange(caret, caret);
  revealCaret(el, caret);
}

/** Scrolls the field so the caret shows (setting the selection does not scroll it into view). */
function revealCaret(el: TextElement, caret: number): void {
  const p = caretPosition(el, caret);
  const margin = 12;
  if (p.left - el.scrollLeft > el.clientWidth - margin) el.scrollLeft = p.left - el.clientWidth + margin;
  if (p.top + p.height - el.scrollTop > el.clientHeight) el.scrollTop = p.top + p.height - el.clientHeight + margin;
}
