import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { THEME_VARIABLES } from '../../src/inputs/popup/layerTheme';

it('portalled layers copy every custom property the stylesheet themes by', () => {
  const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');
  // declarations of the theme blocks, not the per-popup --akf-popup-max-height that the layer sets itself
  const declared = new Set([...css.matchAll(/(--akf-[a-z-]+)\s*:/g)].map((m) => m[1]).filter((name) => name !== '--akf-popup-max-height'));
  expect([...THEME_VARIABLES].sort()).toEqual([...declared].sort());
});
