/** What the stylesheet scopes a theme and direction by, found on the form's ancestors. */
export interface LayerTheme {
  theme?: string;
  dark: boolean;
  dir?: 'ltr' | 'rtl';
}

/** The theme and direction of the form `anchor` sits in, for a popup portalled outside it. */
export function themeOf(anchor: Element | null): LayerTheme {
  const dir = anchor?.closest('[dir]')?.getAttribute('dir');
  return {
    theme: anchor?.closest('[data-akf-theme]')?.getAttribute('data-akf-theme') ?? undefined,
    dark: !!anchor?.closest('.akf-theme-dark'),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : undefined,
  };
}
