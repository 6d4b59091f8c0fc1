import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { libCss, minifyCss } from '../../tools/vite/libCss.mjs';

// The library build's CSS plugin, driven with the bundle shape Vite hands it (lib mode).
const stylesheet = resolve(process.cwd(), 'src/styles.css');
const cssOf = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8');

interface FakeChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  moduleIds: string[];
  code: string;
  viteMetadata: { importedCss: Set<string> };
}
const chunk = (fileName: string, isEntry: boolean, css: string[], code = ''): FakeChunk => ({
  type: 'chunk', fileName, isEntry, code, moduleIds: [`/repo/src/${fileName.replace(/\.js$/, '.tsx')}`, ...css.map((c) => `/repo/src/${c}`)], viteMetadata: { importedCss: new Set(css.map((c) => `assets/${c}`)) },
});
const asset = (fileName: string, source: string) => ({ type: 'asset' as const, fileName, source });

function generate(bundle: Record<string, unknown>) {
  const emitted: Array<{ fileName: string; source: string }> = [];
  const plugin = libCss({ stylesheet }) as unknown as { generateBundle(this: unknown, o: unknown, b: Record<string, unknown>): void };
  plugin.generateBundle.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, bundle);
  return emitted;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.adoptedStyleSheets = [];
});

it('dist/styles.css is minified as written: comments gone, modern syntax not lowered', () => {
  const [styles] = generate({});
  expect(styles.fileName).toBe('styles.css');
  expect(styles.source.startsWith('@layer actionkit-form{')).toBe(true);
  expect(styles.source).not.toContain('/*');
  expect(styles.source).not.toContain('\n ');
  const filter = minifyCss(cssOf('src/inputs/filter/filter.css'), 'filter.css');
  for (const kept of [':has(option[value=""]:checked)', 'padding-inline-end', '[dir=rtl]']) expect(filter).toContain(kept);
  expect(filter).toMatch(/@container \((max-width:|width<=)600px\)/); // range syntax is how every @container browser reads it
  expect(minifyCss(cssOf('src/inputs/variables/variables.css'), 'v.css')).toContain('color-mix(in srgb');
});

it('a lazy chunk carries its CSS and adds it to the page once, however often it runs', () => {
  const lazy = chunk('FilterInput-1.js', false, ['FilterInput-1.css'], 'globalThis.__ran = (globalThis.__ran ?? 0) + 1;');
  const bundle: Record<string, unknown> = { 'FilterInput-1.js': lazy, 'assets/FilterInput-1.css': asset('assets/FilterInput-1.css', '@layer actionkit-form{.akf-filter__row{display:grid}}') };
  generate(bundle);
  expect(bundle['assets/FilterInput-1.css']).toBeUndefined(); // no stray file a host would never load
  new Function(lazy.code)();
  new Function(lazy.code)();
  const sheets = [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style')].map((s) => s.sheet!)];
  expect(sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n').match(/akf-filter__row/g)).toHaveLength(1);
  expect((globalThis as { __ran?: number }).__ran).toBe(2);
});

it('fails the build when an entry imports CSS (lib mode would drop it silently)', () => {
  const bundle = { 'index.js': chunk('index.js', true, ['ActionFormView.css']), 'assets/ActionFormView.css': asset('assets/ActionFormView.css', '.x{}') };
  expect(() => generate(bundle)).toThrow(/the entry index\.js imports CSS statically .*styles\.css/);
});
