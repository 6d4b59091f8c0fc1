// Installs the packed library into a throwaway Vite + React host app, builds and serves that app,
// and checks a CODE field in headless Chromium: Monaco mounts from the package's own chunk, its
// JSON worker and icon font load from relative URLs, its CSS arrives with the chunk, nothing
// leaves 127.0.0.1.
//
// usage: npm run build && node scripts/consumer-smoke.mjs [screenshot.png] [--keep]
// env:   CHROMIUM_PATH (default /usr/bin/chromium)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const screenshot = resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/consumer-smoke.png');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const log = (...parts) => console.error('[consumer-smoke]', ...parts);

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('[consumer-smoke] dist/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionOf = (name) => {
  const version = pkg.devDependencies?.[name] ?? pkg.dependencies?.[name];
  if (!version) throw new Error(`package.json pins no version of ${name}`);
  return version;
};

const run = (cmd, cmdArgs, cwd) =>
  execFileSync(cmd, cmdArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function gzipSizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) {
        const data = readFileSync(path);
        files.push({ file: path.slice(dir.length + 1), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => b.gzip - a.gzip);
}

function writeHostApp(dir, tarball) {
  const hasStyles = existsSync(join(root, 'dist', 'styles.css'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'actionkit-form-consumer-smoke',
    private: true,
    type: 'module',
    dependencies: {
      'actionkit-form': `file:${tarball}`,
      react: versionOf('react'),
      'react-dom': versionOf('react-dom'),
      '@tanstack/react-query': versionOf('@tanstack/react-query'),
      vite: versionOf('vite'),
      '@vitejs/plugin-react': versionOf('@vitejs/plugin-react'),
    },
  }, null, 2));
  writeFileSync(join(dir, 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()] });\n");
  writeFileSync(join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><link rel="icon" href="data:," />' +
    '<title>consumer smoke</title></head><body><main id="root"></main><script type="module" src="/src/main.tsx"></script></body></html>\n');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.tsx'), `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ActionKitProvider, ActionForm } from 'actionkit-form';
${hasStyles ? "import 'actionkit-form/styles.css';\n" : ''}
const schema = { name: 'X', title: 'X', inputs: [{ id: 'payload', type: 'CODE', title: 'Payload', language: 'json' }] };
const smoke = window as unknown as { __params?: unknown };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ActionKitProvider projectId="p" token="t">
      <ActionForm schema={schema} hideSubmit onChange={(parameters) => { smoke.__params = parameters; }} />
    </ActionKitProvider>
  </StrictMode>,
);
`);
}

async function checkInBrowser(url) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const origin = new URL(url).origin;
  const result = { workers: [], requests: 0, offHost: [], consoleErrors: [], failedRequests: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
    page.on('worker', (w) => result.workers.push(w.url().replace(origin, '')));
    page.on('request', (r) => {
      result.requests += 1;
      const u = r.url();
      if (!u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u)) result.offHost.push(u);
    });
    page.on('requestfailed', (r) => result.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => { if (r.status() >= 400) result.failedRequests.push(`HTTP ${r.status()} ${r.url()}`); });
    page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => result.consoleErrors.push(`pageerror: ${e.message}`));

    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });
    result.mountMs = Date.now() - started;

    await page.click('.monaco-editor .view-lines');
    await page.keyboard.type('{"a": 1}');
    await page.waitForFunction(() => JSON.stringify(window.__params) === '{"payload":{"a":1}}', null, { timeout: 10_000 })
      .catch(() => {});
    result.parameters = await page.evaluate(() => window.__params ?? null);
    result.shownText = (await page.innerText('.monaco-editor .view-lines')).replace(/\u00a0/g, ' ');
    // Monaco starts the JSON worker once it validates the model: give it a moment.
    const until = Date.now() + 10_000;
    while (Date.now() < until && !result.workers.some((w) => w.includes('json.worker'))) {
      await page.waitForTimeout(200);
    }
    result.css = await page.evaluate(() => {
      const editor = document.querySelector('.monaco-editor');
      const input = document.querySelector('.monaco-editor textarea.inputarea, .monaco-editor .native-edit-context');
      const lines = document.querySelector('.monaco-editor .view-lines');
      return {
        editorPosition: editor ? getComputedStyle(editor).position : null,
        inputPosition: input ? getComputedStyle(input).position : null,
        linesWhiteSpace: lines ? getComputedStyle(lines).whiteSpace : null,
        linesFont: lines ? getComputedStyle(lines).fontFamily : null,
        styleTags: [...document.querySelectorAll('style')].filter((s) => s.textContent.includes('.monaco-editor')).length,
      };
    });
    // Monaco's icon font is a file beside the chunk (folding arrows, suggest icons): load it as an icon would.
    result.iconFont = await page.evaluate(async () => {
      await document.fonts.load('16px codicon').catch(() => {});
      return [...document.fonts].find((f) => f.family.replace(/"/g, '') === 'codicon')?.status ?? null;
    });
    result.accessibleName = await page.evaluate(() =>
      document.querySelector('.monaco-editor textarea.inputarea, .monaco-editor .native-edit-context')?.getAttribute('aria-label') ?? null);
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await browser.close();
  }
  return result;
}

const tmp = mkdtempSync(join(tmpdir(), 'akf-consumer-'));
let preview;
let summary;
try {
  log('packing', root);
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], root));
  const tarball = join(tmp, packed.filename);
  const app = join(tmp, 'app');
  mkdirSync(app);
  writeHostApp(app, tarball);
  log('installing into', app);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
  log('building the host app');
  const vite = join(app, 'node_modules', 'vite', 'bin', 'vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], app);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  preview = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: app, stdio: 'ignore',
  });
  await waitForHttp(url, preview, 30_000);
  log('serving', url);

  const browser = await checkInBrowser(url);
  const checks = {
    monacoMounted: browser.mountMs !== undefined,
    typedTextShown: browser.shownText === '{"a": 1}',
    parametersCollected: JSON.stringify(browser.parameters) === '{"payload":{"a":1}}',
    // The editor worker starts only for features a code field does not use (diffs, links, word suggestions).
    jsonWorkerStarted: browser.workers.some((w) => w.includes('json.worker')),
    iconFontLoaded: browser.iconFont === 'loaded',
    monacoCssApplied: browser.css.editorPosition === 'relative' && browser.css.inputPosition === 'absolute',
    monospaceFont: /mono/i.test(browser.css.linesFont ?? ''),
    accessibleName: browser.accessibleName === 'Payload',
    noOffHostRequests: browser.offHost.length === 0,
    noConsoleErrors: browser.consoleErrors.length === 0,
    noFailedRequests: browser.failedRequests.length === 0,
  };
  summary = {
    ok: Object.values(checks).every(Boolean),
    checks,
    tarball: { file: packed.filename, bytes: packed.size, unpackedBytes: packed.unpackedSize, files: packed.entryCount },
    hostBuildGzip: gzipSizes(join(app, 'dist')).slice(0, 8),
    ...browser,
    screenshot,
    tmp: keep ? tmp : undefined,
  };
} catch (error) {
  summary = { ok: false, error: error instanceof Error ? error.message : String(error), tmp };
} finally {
  if (preview && preview.exitCode === null) preview.kill();
  if (!keep && summary?.ok) rmSync(tmp, { recursive: true, force: true });
}
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.ok ? 0 : 1);
