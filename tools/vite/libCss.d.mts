import type { Plugin } from 'vite';

/** Minified, comments dropped, no syntax lowered (no targets): logical properties, :has, @container, @layer stay. */
export declare function minifyCss(code: string, filename: string): string;

/**
 * Library build only: writes dist/styles.css (from `stylesheet`, minified) and inlines every lazy chunk's
 * CSS into that chunk; fails the build when an entry imports CSS statically (lib mode would drop it).
 */
export declare const libCss: (options: { stylesheet: string }) => Plugin;
