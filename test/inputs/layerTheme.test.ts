import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { THEME_VARIABLES } from '../../src/inputs/popup/layerTheme';

// styles.css and the CSS files the lazy controls bring with their chunks
const stylesheets = (readdirSync(resolve(process.cwd(), 'src'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(resolve(process.cwd(), 'src', file), 'utf8'));

it('portalled layers copy every custom property the stylesheets theme by', () => {
  // declarations of the theme blocks, not the per-popup --akf-popup-max-height that the layer sets itself
  const declared = new Set(stylesheets.flatMap((css) => [...css.matchAll(/(--akf-[a-z-]+)\s*:/g)].map((m) => m[1])).filter((name) => name !== '--akf-popup-max-height'));
  expect(stylesheets.length).toBeGreaterThan(1);
  expect([...THEME_VARIABLES].sort()).toEqual([...declared].sort());
});

it('every variable a stylesheet reads is declared by the theme (or set per popup)', () => {
  const read = new Set(stylesheets.flatMap((css) => [...css.matchAll(/var\((--akf-[a-z-]+)/g)].map((m) => m[1])));
  const themed = new Set<string>([...THEME_VARIABLES, '--akf-popup-max-height']);
  expect([...read].filter((name) => !themed.has(name))).toEqual([]);
});
