import type { CSSProperties } from 'react';

/**
 * The stylesheet's custom properties (kept in step with `styles.css` by a test). A host may set them
 * on any ancestor (`.side-panel { --akf-color-primary: … }`); a popup portalled to `document.body` is
 * outside that ancestor, so the layer takes their values as computed at the anchor.
 */
export const THEME_VARIABLES = [
  '--akf-font', '--akf-font-mono', '--akf-font-size', '--akf-line-height', '--akf-radius', '--akf-space',
  '--akf-color-text', '--akf-color-muted', '--akf-color-border', '--akf-color-border-strong', '--akf-color-bg',
  '--akf-color-surface', '--akf-color-hover', '--akf-color-primary', '--akf-color-primary-hover', '--akf-color-primary-text',
  '--akf-color-danger', '--akf-color-danger-bg', '--akf-color-success', '--akf-color-success-bg', '--akf-focus-ring',
  '--akf-shadow-popup',
] as const;

/** What a portalled layer copies from where its anchor sits: theme attributes, direction and variable values. */
export interface LayerTheme {
  className: string;
  'data-akf-theme'?: string;
  dir?: 'ltr' | 'rtl';
  style: CSSProperties;
}

/** Read once per opening (the anchor is mounted before its popup). */
export function layerThemeOf(anchor: HTMLElement | null): LayerTheme {
  const style: Record<string, string> = {};
  if (anchor) {
    const computed = getComputedStyle(anchor);
    for (const name of THEME_VARIABLES) {
      const value = computed.getPropertyValue(name).trim();
      if (value) style[name] = value;
    }
  }
  const dir = anchor?.closest('[dir]')?.getAttribute('dir');
  return {
    // akf-root (display: contents here) scopes the stylesheet's rules to the popup
    className: anchor?.closest('.akf-theme-dark') ? 'akf-root akf-layer akf-theme-dark' : 'akf-root akf-layer',
    'data-akf-theme': anchor?.closest('[data-akf-theme]')?.getAttribute('data-akf-theme') ?? undefined,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : undefined,
    style,
  };
}
