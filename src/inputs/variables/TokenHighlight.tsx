import type { ReactNode, Ref } from 'react';
import { findTokens, type Variable } from '../../schema';

export interface TokenHighlightProps {
  layerRef: Ref<HTMLDivElement>;
  text: string;
  /** Variables by token. */
  known: ReadonlyMap<string, Variable>;
  /** `false`: the list is not known up front (a function): a token not seen yet is not called unknown. */
  complete: boolean;
  /** Hover text of a token the list does not have. */
  unknownTitle(token: string): string;
}

/**
 * The layer behind a field's transparent background that marks each `{{…}}` token. A layer, not
 * chips: the field stays the native input (caret, undo, IME, autofill, register()) and the
 * submitted string is exactly its text. Its text is transparent; only the marks show.
 */
export function TokenHighlight({ layerRef, text, known, complete, unknownTitle }: TokenHighlightProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end, token } of findTokens(text)) {
    if (start > at) parts.push(text.slice(at, start));
    const variable = known.get(token);
    const state = variable ? 'known' : complete ? 'unknown' : 'token';
    parts.push(
      <mark key={start} className={`akf-vartext__token akf-vartext__token--${state}`} title={variable ? variable.label : complete ? unknownTitle(token) : undefined} data-token={token}>
        {token}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at) + '\u200b'); // a trailing line break still takes its line
  return (
    <div ref={layerRef} className="akf-vartext__backdrop" aria-hidden="true">
      {parts}
    </div>
  );
}

/** The token mark under a point of the layer, if any (the field above it receives the pointer). */
export function tokenAt(layer: HTMLElement | null, x: number, y: number): HTMLElement | undefined {
  if (!layer) return undefined;
  for (const mark of layer.querySelectorAll<HTMLElement>('mark')) {
    for (const r of mark.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mark;
  }
  return undefined;
}
