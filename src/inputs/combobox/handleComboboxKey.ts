import type { KeyboardEvent } from 'react';

/** What the key handler reads from and does to the combobox. */
export interface ComboboxKeyTarget {
  open: boolean;
  editing: boolean;
  /** Index of the highlighted row, or -1. */
  active: number;
  /** Number of highlightable rows. */
  count: number;
  openAt(start: 'first' | 'last'): void;
  /** Highlight a row; an index past the end asks for the next page. */
  move(index: number): void;
  commitActive(): void;
  commitTyped(): void;
  close(): void;
}

/** The ARIA APG combobox keys, handled on the input. */
export function handleComboboxKey(e: KeyboardEvent<HTMLInputElement>, t: ComboboxKeyTarget): void {
  if (e.nativeEvent.isComposing) return;
  switch (e.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!t.open) return t.openAt(down ? 'first' : 'last');
      if (e.altKey) return down ? undefined : t.close();
      return t.move(t.active < 0 ? (down ? 0 : t.count - 1) : t.active + (down ? 1 : -1));
    }
    case 'Home':
    case 'End':
      if (!t.open || t.count === 0) return; // closed: the caret moves
      e.preventDefault();
      return t.move(e.key === 'Home' ? 0 : t.count);
    case 'Enter':
      e.preventDefault(); // never submit the enclosing form
      if (t.open && t.active >= 0) return t.commitActive();
      if (t.editing) t.commitTyped();
      return;
    case 'Escape':
      if (!t.open && !t.editing) return; // nothing to undo: let an enclosing dialog close
      e.preventDefault();
      e.stopPropagation();
      return t.close();
  }
}
