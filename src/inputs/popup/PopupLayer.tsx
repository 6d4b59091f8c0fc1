import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { layerThemeOf } from './layerTheme';
import './popup.css';

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
  const [theme] = useState(() => layerThemeOf(anchor.current));
  return createPortal(
    <div {...theme}>
      <div ref={refs.setFloating} className="akf-layer__popup" style={floatingStyles}>
        {children}
      </div>
    </div>,
    document.body,
  );
}
