/** Styles that decide where text wraps and how wide it is: copied from the field to its mirror. */
const COPIED = [
  'boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontSize', 'lineHeight', 'fontFamily', 'textAlign', 'textTransform', 'textIndent',
  'letterSpacing', 'wordSpacing', 'tabSize', 'direction', 'scrollbarGutter',
] as const;

/** Gives `to` the text box of `from` (padding, border widths, font), so text in both lines up. */
export function copyTextStyles(from: HTMLElement, to: HTMLElement): void {
  const style = getComputedStyle(from);
  for (const prop of COPIED) if (prop !== 'width' && prop !== 'boxSizing') to.style[prop] = style[prop];
}

/** Where a text position is drawn in a field, relative to its border box (scroll not subtracted). */
export interface CaretPoint {
  left: number;
  top: number;
  height: number;
}

/**
 * Measures the caret at `position` with an invisible mirror of the field (same box and font, the
 * text up to the position, then a marker): inputs and textareas expose no caret geometry.
 */
export function caretPosition(el: HTMLInputElement | HTMLTextAreaElement, position: number): CaretPoint {
  const style = getComputedStyle(el);
  const mirror = document.createElement('div');
  for (const prop of COPIED) mirror.style[prop] = style[prop];
  const multiline = el instanceof HTMLTextAreaElement;
  Object.assign(mirror.style, {
    position: 'absolute', visibility: 'hidden', top: '0', left: '-9999px', overflow: 'hidden',
    whiteSpace: multiline ? 'pre-wrap' : 'pre', overflowWrap: multiline ? 'break-word' : 'normal',
  });
  mirror.textContent = el.value.slice(0, position);
  const marker = document.createElement('span');
  marker.textContent = el.value.slice(position) || '.';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2 || 16;
  const point = { left: marker.offsetLeft, top: marker.offsetTop, height: lineHeight };
  mirror.remove();
  return point;
}
