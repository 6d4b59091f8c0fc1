import Module, { createRequire } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// typescript-eslint parses with TypeScript's JS API, which TS 7 (our tsc) lacks: it gets TS 6.0.3 from
// tools/typescript6 (nested, so `tsc` stays TS 7) through require.cache, and no type-aware rules run.
const require = createRequire(import.meta.url);
const typescript6 = new Module(require.resolve('typescript'));
typescript6.exports = require('typescript6');
typescript6.loaded = true;
require.cache[require.resolve('typescript')] = typescript6;
const { default: tseslint } = await import('typescript-eslint');

// v7's recommended set adds the React Compiler's rules: we don't use the compiler, they flag our deliberate
// latest-value refs and take most of the lint time, so only the classic two stay on.
const classicHooks = new Set(['react-hooks/rules-of-hooks', 'react-hooks/exhaustive-deps']);
const hooksRules = Object.fromEntries(
  Object.entries(reactHooks.configs.flat.recommended.rules).map(([rule, level]) => [rule, classicHooks.has(rule) ? level : 'off']),
);

export default defineConfig(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'bench/', 'demo/public/', '.consumer-smoke/', '.akf-code-exp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  { ...reactHooks.configs.flat.recommended, rules: hooksRules },
  {
    files: ['src/**', 'test/**', 'stories/**', 'demo/**', '.storybook/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // scripts drive Chromium: the callbacks they pass to page.evaluate() run in the page
    files: ['scripts/**', 'tools/**', 'test/**', '*.{js,ts,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // `const { dropped: _dropped, ...rest } = x` is how a key is left out
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
);
