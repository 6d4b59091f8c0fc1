import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface PopupLayerProps {
  /** The element the popup opens against; the popup takes its width. */
  anchor: RefObject<HTMLElement | null>;
  children: ReactNode;
  /** `false`: the popup keeps its own width (vartext: a caret anchor has none). */
  matchWidth?: boolean;
}

/** Space between the anchor and the popup, and kept free at the viewport's edges (px). */
const GAP = 4;
const MARGIN = 8;
/** Below this height a popup is more useful overflowing than squeezed (px). */
const MIN_HEIGHT = 120;

interface LayerTheme {
  theme?: string;
  dark: boolean;
  dir?: string;
}

/** What the stylesheet scopes the theme by, read from the anchor's ancestors (the layer is outside them). */
function themeOf(anchor: HTMLElement | null): LayerTheme {
  return {
    theme: anchor?.closest('[data-akf-theme]')?.getAttribute('data-akf-theme') ?? undefined,
    dark: !!anchor?.closest('.akf-theme-dark'),
    dir: anchor?.closest('[dir]')?.getAttribute('dir') ?? undefined,
  };
}

/**
 * A popup in a portal on `document.body`, so a scrolling or `overflow: hidden` panel cannot clip it,
 * placed by Floating UI: below the anchor, flipped above it when there is no room, shifted into the
 * viewport and no taller than the space left (`--akf-popup-max-height`); it follows the anchor when
 * an ancestor scrolls or resizes.
 */
export function PopupLayer({ anchor, children, matchWidth = true }: PopupLayerProps) {
  const { refs, floatingStyles } = useFloating({
    strategy: 'fixed',
    placement: 'bottom-start',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(GAP),
      flip({ padding: MARGIN }),
      size({
        padding: MARGIN,
        apply({ availableHeight, rects, elements }) {
          // the width inline, so the popup is usable even without the stylesheet
          if (matchWidth) elements.floating.style.width = `${rects.reference.width}px`;
          elements.floating.style.setProperty('--akf-popup-max-height', `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`);
        },
      }),
      shift({ padding: MARGIN }),
    ],
  });
  useLayoutEffect(() => refs.setReference(anchor.current), [anchor, refs]);
  // read once per opening: the anchor is mounted before its popup
  const [theme] = useState(() => themeOf(anchor.current));
  return createPortal(
    // akf-root (display: contents) carries the stylesheet's variables and theme to the popup
    <div className={theme.dark ? 'akf-root akf-layer akf-theme-dark' : 'akf-root akf-layer'} data-akf-theme={theme.theme} dir={theme.dir}>
      <div ref={refs.setFloating} className="akf-layer__popup" style={floatingStyles}>
        {children}
      </div>
    </div>,
    document.body,
  );
}
