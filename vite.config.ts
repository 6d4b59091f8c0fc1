import { existsSync } from 'node:fs';
import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Library mode never loads a lazy chunk's CSS: inline each lazy chunk's CSS into that chunk as a
// <style> tag, so Monaco's styles arrive with the Monaco chunk and hosts import no extra stylesheet.
const injectLazyChunkCss = (): Plugin => ({
  name: 'inject-lazy-chunk-css',
  apply: (config, { command }) => command === 'build' && !!config.build?.lib,
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.isEntry || !chunk.viteMetadata?.importedCss.size) continue;
      let css = '';
      for (const file of chunk.viteMetadata.importedCss) {
        const asset = bundle[file];
        if (asset?.type === 'asset') {
          css += String(asset.source);
          delete bundle[file];
        }
      }
      chunk.code = `if (typeof document !== 'undefined') { const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.appendChild(s); }\n${chunk.code}`;
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

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^react-hook-form($|\/)/, /^@radix-ui\//, /^@floating-ui\//];

export default defineConfig({
  plugins: [react(), injectLazyChunkCss()],
  base: './', // library: worker URLs relative to import.meta.url, not /assets/…
  publicDir: 'demo/public',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    cssCodeSplit: true,
    copyPublicDir: false, // demo/public holds the demo's mock service worker only
    lib: {
      entry: { index: path.resolve(import.meta.dirname, 'src/index.ts'), controls: path.resolve(import.meta.dirname, 'src/controls.ts') },
      formats: ['es'],
    },
    rolldownOptions: { external },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
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
