// Vite builds: one bench page per adapter (react-dom profiling build, so that
// <Profiler onRender> fires) and three size builds per adapter (production
// react-dom; React bundled / React external / every node_modules package external,
// i.e. first-party code only).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, extname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { slimMonaco } from '../../tools/vite/slimMonaco.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const ADAPTER_DIR = join(ROOT, 'adapters');
export const NONE_ADAPTER = join(ROOT, 'src', 'adapter-none.jsx');

// The library of the repository this bench lives in (actionkit-form), bundled from source:
// `import … from 'actionkit-form'` in an adapter is its ../src/index.ts (TypeScript/TSX compiled
// by Vite as usual), never a built or installed copy.
const LIBRARY_SRC = resolve(ROOT, '..', 'src');
const LIBRARY_ALIASES = [
  { find: /^actionkit-form$/, replacement: join(LIBRARY_SRC, 'index.ts') },
  { find: /^actionkit-form\/styles\.css$/, replacement: join(LIBRARY_SRC, 'styles.css') },
];
// Packages that source outside this folder imports: resolved from this folder's node_modules
// only (one React, one TanStack Query; the pins of package.json), never from the repository's.
const DEDUPE = [
  'react', 'react-dom', 'scheduler', '@tanstack/react-query', 'react-hook-form',
  '@radix-ui/react-select', '@floating-ui/react-dom', '@monaco-editor/react', 'monaco-editor',
];
const OUTER_NODE_MODULES = resolve(ROOT, '..', 'node_modules') + sep;

/** Fails the build if any bundled module came from the repository's node_modules (not this folder's). */
function selfContained() {
  return {
    name: 'bench-self-contained',
    generateBundle(_options, bundle) {
      const outer = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) if (id.startsWith(OUTER_NODE_MODULES)) outer.add(id);
      }
      if (outer.size) this.error(`bundled from ${OUTER_NODE_MODULES} instead of this folder's node_modules (add the package to DEDUPE in lib/build.mjs): ${[...outer].slice(0, 5).join(', ')}`);
    },
  };
}

/** adapters/<id>.{jsx,js,tsx,ts} -> [{ id, file }] sorted by id */
export function discoverAdapters() {
  return readdirSync(ADAPTER_DIR)
    .filter((f) => /^[a-z0-9][a-z0-9_-]*\.(jsx|js|tsx|ts)$/.test(f))
    .map((f) => ({ id: f.replace(/\.(jsx|js|tsx|ts)$/, ''), file: join(ADAPTER_DIR, f) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function adapterPlugin(file) {
  return {
    name: 'bench-adapter',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'virtual:bench-adapter') return file;
      return null;
    },
  };
}

// Everything React itself ships (react, react-dom, their subpaths, scheduler).
const REACT_RE = /^(react|react-dom|scheduler)(\/.*)?$/;

function baseConfig({ adapterFile, outDir, input, define = {}, alias = [], external, minify = true, sourcemap = false }) {
  return {
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [adapterPlugin(adapterFile), react(), slimMonaco(), selfContained()],
    resolve: { alias: [...alias, ...LIBRARY_ALIASES], dedupe: DEDUPE },
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      chunkSizeWarningLimit: 50000,
      sourcemap,
      reportCompressedSize: false,
      manifest: true,   // .vite/manifest.json: tells the up-front chunks from lazily loaded ones
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: join(ROOT, input),
        ...(external && { external }),
        onLog(level, log, handler) {
          // 'use client' at the top of a library module is meant for RSC bundlers; dropping it is harmless here
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  };
}

// { minify: false, sourcemap: true } is for profile.mjs (readable function names, source files);
// { profiling: false } (run.mjs --no-profiler) keeps the normal production react-dom: no
// <Profiler> numbers, none of the profiling build's per-component timing overhead.
export async function buildBenchPage(id, adapterFile, outDir, { minify = true, sourcemap = false, profiling = true } = {}) {
  await build(baseConfig({
    adapterFile, outDir, input: 'index.html', minify, sourcemap,
    define: { __BENCH_ADAPTER_ID__: JSON.stringify(id) },
    alias: profiling ? [
      // react-dom/profiling = react-dom/client with <Profiler> timing enabled
      // (it imports 'react-dom' itself for the shared internals, so only /client is aliased).
      { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' },
    ] : [],
  }));
}

// First-party only: every import that resolves into a node_modules folder is left external,
// so what remains is the code outside node_modules (adapter, workload generator, and for
// actionform the library's own src/).
const isPackage = (id, _parent, isResolved) => (isResolved ? id.split(sep).includes('node_modules') : REACT_RE.test(id));

export async function buildSizePage(adapterFile, outDir, { externalReact, firstPartyOnly = false }) {
  await build(baseConfig({
    adapterFile, outDir, input: 'size.html',
    external: firstPartyOnly ? isPackage : externalReact ? (id) => REACT_RE.test(id) : undefined,
  }));
}

function files(dir) {
  const out = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

/**
 * Files the page loads up front: the HTML entry's chunk, the chunks it imports statically
 * (transitively) and their CSS, from Vite's manifest. Everything else that was emitted
 * (chunks behind a dynamic import(), workers, their CSS) is loaded lazily, if ever.
 * null when there is no manifest (a build made before manifests were written).
 */
function upFrontFiles(dir) {
  const path = join(dir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const out = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    const m = manifest[key];
    out.add(join(dir, m.file));
    for (const css of m.css ?? []) out.add(join(dir, css));
    for (const k of m.imports ?? []) visit(k);
  };
  for (const [key, m] of Object.entries(manifest)) if (m.isEntry) visit(key);
  return out;
}

/**
 * Raw and gzip (zlib level 9) bytes of the emitted .js and .css: in total (gzip, raw, js, css)
 * and split into what the page loads up front (`upFront`) and what is only loaded lazily
 * (`lazy`: dynamic-import chunks, workers). A build without lazy chunks has upFront = total.
 */
export function measureDir(dir) {
  const part = () => ({ js: 0, css: 0, raw: 0, gzip: 0 });
  const res = { ...part(), files: [], upFront: part(), lazy: part() };
  const upFront = upFrontFiles(dir);
  for (const p of files(dir)) {
    const ext = extname(p);
    if (ext !== '.js' && ext !== '.css') continue;
    const buf = readFileSync(p);
    const gz = gzipSync(buf, { level: 9 }).length;
    const lazy = upFront ? !upFront.has(p) : false;
    for (const r of [res, lazy ? res.lazy : res.upFront]) {
      r.raw += buf.length;
      r.gzip += gz;
      r[ext.slice(1)] += gz;
    }
    res.files.push({ file: relative(dir, p), raw: buf.length, gzip: gz, ...(lazy && { lazy: true }) });
  }
  return res;
}
