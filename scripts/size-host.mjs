// What a host app's own bundler puts in its first chunk from `import { ActionKitProvider, ActionForm }`:
// dist/ bundled with code splitting by Rolldown (Vite 8) and by esbuild, packages external, lazy chunks
// left lazy. `npm run size` (size-limit) bundles the same import into one file, which drops what only
// lazy chunks use from shared modules; a host that splits keeps those modules whole. Prints both.
// usage: node scripts/size-host.mjs   (run `npm run build` first)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { rolldown } from 'rolldown';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'akf-size-host-'));
const entry = path.join(work, 'main.js');
writeFileSync(entry, `import { ActionKitProvider, ActionForm } from ${JSON.stringify(path.join(root, 'dist/index.js'))};\nwindow.akf = [ActionKitProvider, ActionForm];\n`);
const isPackage = (id) => !/^[./]/.test(id) && !path.isAbsolute(id);
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The entry chunk and every chunk it imports statically, concatenated (as size-limit measures one file). */
function upFront(chunks, entryName, importsOf) {
  const seen = new Set();
  let text = '';
  const visit = (name) => {
    if (seen.has(name) || !chunks.has(name)) return;
    seen.add(name);
    text += chunks.get(name);
    for (const next of importsOf(name)) visit(next);
  };
  visit(entryName);
  return { bytes: gzip(text), chunks: seen.size };
}

async function viaRolldown() {
  const bundle = await rolldown({ input: entry, external: isPackage, logLevel: 'silent', moduleTypes: { '.css': 'empty', '.ttf': 'empty' } });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const first = output.find((c) => c.type === 'chunk' && c.isEntry);
  return upFront(new Map([...chunks].map(([k, c]) => [k, c.code])), first.fileName, (name) => chunks.get(name).imports);
}

async function viaEsbuild() {
  const outdir = path.join(work, 'esbuild');
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', splitting: true, outdir, metafile: true, logLevel: 'error',
    plugins: [{ name: 'packages-external', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (isPackage(a.path) ? { path: a.path, external: true } : undefined)) }],
    loader: { '.css': 'empty', '.ttf': 'empty' },
  });
  const outputs = result.metafile.outputs;
  const chunks = new Map(Object.keys(outputs).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(path.resolve(f), 'utf8')]));
  // dynamic import() targets are entry points too: the first chunk is the one of main.js
  const first = Object.keys(outputs).find((f) => outputs[f].entryPoint && path.resolve(outputs[f].entryPoint) === entry);
  return upFront(chunks, first, (name) => outputs[name].imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path));
}

try {
  const css = gzip(readFileSync(path.join(root, 'dist/styles.css')));
  const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
  for (const [name, measure] of [['Rolldown (Vite 8)', viaRolldown], ['esbuild', viaEsbuild]]) {
    const js = await measure();
    console.log(`${name.padEnd(18)} own code up front: ${kB(js.bytes + css)} (JS ${kB(js.bytes)} in ${js.chunks} chunks + styles.css ${kB(css)})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
