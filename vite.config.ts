import { existsSync } from 'node:fs';
import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { minify, type Plugin } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { libCss } from './tools/vite/libCss.mjs';
import { slimMonaco } from './tools/vite/slimMonaco.mjs';

// Lib mode keeps newlines, indentation and a path comment per module, for hosts' tree-shaking;
// nothing tree-shakes inside Monaco's lazy chunks (~70 KB gzip of layout alone): ship them compact.
const compactMonacoChunks = (): Plugin => ({
  name: 'compact-monaco-chunks',
  apply: (config, { command }) => command === 'build' && !!config.build?.lib,
  enforce: 'post',
  // After rendering: Vite's own minify pass re-indents what renderChunk returns.
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(id))) continue;
      const result = await minify(chunk.fileName, chunk.code, { compress: false, mangle: false, codegen: { removeWhitespace: true } });
      if (result.errors.length) throw new Error(`compact-monaco-chunks: ${result.errors[0].message}`);
      chunk.code = result.code;
    }
  },
});

// Real-browser test projects run only when a Chromium binary exists (CHROMIUM_PATH overrides).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = chromiumPath !== '' && existsSync(chromiumPath);
const flag = globalThis as { __akfChromiumWarned?: boolean };
if (!hasChromium && process.env.VITEST && !flag.__akfChromiumWarned) {
  flag.__akfChromiumWarned = true;
  console.warn(`[actionkit-form] Chromium not found at "${chromiumPath}": running the unit tests only.`);
}

const browser = () => ({ // a fresh object per project: vitest mutates `instances`
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

const optimizeDeps = {
  include: ['react', 'react-dom', 'react-dom/client', '@tanstack/react-query', 'react-hook-form', '@radix-ui/react-select', '@floating-ui/react-dom', '@monaco-editor/react', 'axe-core', 'msw', 'msw/browser'],
};

// `@monaco-editor/react` too: its loader must be the host's one, so `loader.config({ monaco })` reaches us.
const srcDir = path.resolve(import.meta.dirname, 'src') + path.sep;
const sourceModule = /\.[cm]?[jt]sx?$/; // not CSS: a stylesheet stays with the chunk that imports it (lib-css carries it)
const sharedModuleName = (id: string): string | null =>
  id.startsWith(srcDir) && sourceModule.test(id) ? id.slice(srcDir.length).replace(sourceModule, '').replaceAll(path.sep, '-') : null;

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^react-hook-form($|\/)/, /^@radix-ui\//, /^@floating-ui\//, /^@monaco-editor\//];

export default defineConfig({
  plugins: [react(), libCss({ stylesheet: path.resolve(import.meta.dirname, 'src/styles.css') }), slimMonaco(), compactMonacoChunks()],
  // Dev and tests pre-bundle Monaco: strip the same imports there. Scan the demo page only (bench/ has its own pages and Vite).
  // The lazily imported ones up front too, so the first visit of the demo is not reloaded mid-way.
  optimizeDeps: { entries: ['index.html'], include: optimizeDeps.include.filter((d) => d !== 'axe-core'), rolldownOptions: { plugins: [slimMonaco()] } },
  base: './', // library: worker URLs relative to import.meta.url, not /assets/…
  publicDir: 'demo/public',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    cssCodeSplit: true,
    // CSS as written, minified only: no lowering of :has(), @container, @layer, logical properties, color-mix()
    cssMinify: 'lightningcss',
    cssTarget: false,
    copyPublicDir: false, // demo/public holds the demo's mock service worker only
    lib: {
      entry: { index: path.resolve(import.meta.dirname, 'src/index.ts'), controls: path.resolve(import.meta.dirname, 'src/controls.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      preserveEntrySignatures: 'allow-extension', // needed by includeDependenciesRecursively: false
      // Assets (workers, Monaco's icon font) beside each other; Vite writes CSS url()s relative to this.
      output: {
        assetFileNames: 'assets/[name]-[hash][extname]',
        // A module shared by several chunks gets a file of its own, so a host's bundler places each one by
        // who uses it: strings and helpers only lazy controls use then stay out of the host's first chunk.
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: sharedModuleName, minShareCount: 2 }, { name: sharedModuleName, test: /[\\/]src[\\/]api[\\/]/ }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // a hang guard, not a speed check: long user-event flows in jsdom take seconds on a busy 2-core machine
          testTimeout: 20_000,
          setupFiles: ['./test/setup.ts', './test/setup-controls.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
        },
      },
      ...(hasChromium
        ? ([
            {
              extends: true,
              optimizeDeps,
              test: {
                name: 'browser',
                include: ['test/**/*.browser.test.{ts,tsx}'],
                setupFiles: ['./test/browser/setup.ts', './test/setup-controls.ts'],
                testTimeout: 60_000,
                sequence: { groupOrder: 1 },
                browser: browser(),
              },
            },
            {
              extends: true,
              // lazily imported (Radix behind the ENUM list) or not: optimized up front, so no mid-run reload
              optimizeDeps,
              plugins: [storybookTest({ configDir: path.join(import.meta.dirname, '.storybook') })],
              test: { name: 'storybook', testTimeout: 60_000, sequence: { groupOrder: 2 }, browser: browser() },
            },
          ] satisfies TestProjectInlineConfiguration[])
        : []),
    ],
  },
});
