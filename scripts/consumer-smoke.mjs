// Installs the packed library into two throwaway Vite host apps (React 19 and React 18), builds and serves
// them, and checks in headless Chromium what a host sees: the form inside an `overflow: hidden` side panel
// with an inline schema kept in state through onChange (the host re-renders on every change) does not
// remount (typed text and focus stay), an ENUM's list opens fully visible, Run sends the typed parameters,
// Monaco mounts from the package's own chunk (relative worker URLs, CSS with the chunk), nothing leaves
// 127.0.0.1 and the console stays free of errors. A second form (combobox, filter, pairs) checks that each
// lazy control's CSS arrived with its chunk (adopted, no <style>), that a host's plain rule on an akf- class
// wins though it comes first, and that Monaco paints on the form's surface.
//
// usage: npm run build && node scripts/consumer-smoke.mjs [screenshot.png] [--keep]
// env:   CHROMIUM_PATH (default /usr/bin/chromium), SMOKE_HOSTS (e.g. `react18`: only that host app)
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const screenshot = resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/consumer-smoke.png');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const t0 = Date.now();
const log = (...parts) => console.error(`[consumer-smoke ${((Date.now() - t0) / 1000).toFixed(1)} s]`, ...parts);

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
// The peer range is react >=18: the oldest major is checked too (18.3.1 is the last React 18).
const HOSTS = [
  { id: 'react19', react: versionOf('react') },
  { id: 'react18', react: '18.3.1' },
].filter((h) => !process.env.SMOKE_HOSTS || process.env.SMOKE_HOSTS.split(',').includes(h.id));

const run = async (cmd, cmdArgs, cwd) =>
  (await promisify(execFile)(cmd, cmdArgs, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;

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

const PRIORITIES = ['Lowest', 'Low', 'Normal', 'High', 'Highest', 'Urgent', 'Blocker', 'Someday'];

function writeHostApp(dir, tarball, react) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'actionkit-form-consumer-smoke',
    private: true,
    type: 'module',
    dependencies: {
      'actionkit-form': `file:${tarball}`,
      react,
      'react-dom': react,
      '@tanstack/react-query': versionOf('@tanstack/react-query'),
      vite: versionOf('vite'),
      '@vitejs/plugin-react': versionOf('@vitejs/plugin-react'),
    },
  }, null, 2));
  writeFileSync(join(dir, 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()] });\n");
  writeFileSync(join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>consumer smoke</title>' +
    '<style>body{margin:0;font:14px sans-serif}.panel{position:fixed;top:0;right:0;bottom:0;width:380px;overflow:hidden;border-left:1px solid #ccc}' +
    '.panel__scroll{height:100%;overflow:auto;padding:12px;box-sizing:border-box}.filler{height:420px;background:#f4f4f4}' +
    // a host rule on a lazy chunk's class, before our CSS and the chunk's: unlayered, so it must win
    '.layout{width:520px;padding:12px}.akf-combobox__chevron{color:rgb(1,2,3)}</style>' +
    '</head><body><main id="root"></main><script type="module" src="/src/main.tsx"></script></body></html>\n');
  // The schema is a new object on every render, and onChange's parameters go into the host's state.
  writeFileSync(join(dir, 'src', 'main.tsx'), `import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { ActionKitProvider, ActionForm } from 'actionkit-form';
import 'actionkit-form/styles.css';

const smoke = window as unknown as { __params?: unknown; __renders: number; __react: string };
smoke.__renders = 0;
smoke.__react = version;

function Host() {
  const [parameters, setParameters] = useState<Record<string, unknown>>({});
  smoke.__renders += 1;
  smoke.__params = parameters;
  return (
    <>
    <section className="layout" aria-label="Layout checks">
      <ActionForm
        hideSubmit
        schema={{
          name: 'SMOKE_LAYOUT',
          title: 'Layout',
          inputs: [
            { id: 'stage', type: 'EDITABLE_ENUM', title: 'Stage', values: ['Lead', 'Qualified', 'Won'] },
            { id: 'where', type: 'CONDITIONAL', title: 'Only when', supportedKeys: ['status', 'amount'], supportedOperators: ['$stringExactlyMatches', '$stringContains', '$exists'] },
            { id: 'fields', type: 'EnumTextAreaPairInput', title: 'Fields', values: ['Amount', 'Owner'] },
          ],
        }}
      />
    </section>
    <aside className="panel" aria-label="Step settings">
      <div className="panel__scroll">
        <div className="filler" />
        <ActionForm
          schema={{
            name: 'SMOKE_CREATE_TASK',
            title: 'Create task',
            inputs: [
              { id: 'subject', type: 'TEXT', title: 'Subject', required: true },
              { id: 'payload', type: 'CODE', title: 'Payload', language: 'json' },
              { id: 'priority', type: 'ENUM', title: 'Priority', values: ${JSON.stringify(PRIORITIES.map((label) => ({ value: label.toLowerCase(), label })))} },
            ],
          }}
          onChange={setParameters}
        />
        <div className="filler" />
      </div>
    </aside>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ActionKitProvider projectId="p" token="t" baseUrl={location.origin + '/actionkit'}>
      <Host />
    </ActionKitProvider>
  </StrictMode>,
);
`);
}

/** Installs and builds one host app; resolves to its directory. */
async function prepareHost(tmp, tarball, host) {
  const app = join(tmp, host.id);
  writeHostApp(app, tarball, host.react);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
  await run(process.execPath, [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], app);
  log(`${host.id}: installed react ${host.react} and built`);
  return app;
}

/** Everything a check reads from the page, collected while the user script runs. */
async function checkInBrowser(browser, url, shot) {
  const origin = new URL(url).origin;
  const result = { workers: [], requests: 0, offHost: [], consoleErrors: [], failedRequests: [], runRequests: [], otherApiRequests: [] };
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
  try {
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
    // The ActionKit API, answered at the network level: Run is recorded, anything else is unexpected.
    await page.route(`${origin}/actionkit/**`, async (route) => {
      const request = route.request();
      if (request.method() === 'POST' && request.url() === `${origin}/actionkit/projects/p/tools`) {
        result.runRequests.push(request.postDataJSON());
        await route.fulfill({ status: 200, contentType: 'application/json', body: '{"id":"task-1"}' });
      } else {
        result.otherApiRequests.push(`${request.method()} ${request.url()}`);
        await route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"not mocked"}' });
      }
    });

    // Monaco's chunk is held back until the user is typing in the plain textarea shown meanwhile.
    let releaseMonaco;
    const monacoHeld = new Promise((r) => { releaseMonaco = r; });
    await page.route(/\/MonacoEditor-[^/]*\.js$/, async (route) => { await monacoHeld; await route.continue(); });

    await page.goto(url);
    result.react = await page.evaluate(() => window.__react);
    const subject = page.getByRole('textbox', { name: 'Subject' });
    await subject.waitFor({ timeout: 30_000 });
    // A remounted field would be a new element without this mark.
    await subject.evaluate((el) => { el.dataset.smokeMark = 'first'; });
    const rendersBefore = await page.evaluate(() => window.__renders);
    await subject.click();
    await page.keyboard.type('Hello world');
    result.subject = {
      value: await subject.inputValue(),
      sameElement: (await subject.getAttribute('data-smoke-mark')) === 'first',
      focused: await subject.evaluate((el) => el === document.activeElement),
      hostRenders: (await page.evaluate(() => window.__renders)) - rendersBefore,
      parameter: await page.evaluate(() => window.__params?.subject),
    };

    // CODE: typed into the textarea, then while the editor is created, then into Monaco: nothing lost.
    const focusIn = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('.monaco-editor') ? 'monaco' : el?.tagName === 'TEXTAREA' ? 'textarea' : el?.tagName ?? null;
    });
    await page.getByRole('textbox', { name: 'Payload' }).click();
    await page.keyboard.type('12');
    releaseMonaco();
    const started = Date.now();
    await page.waitForSelector('.akf-code__monaco', { state: 'attached', timeout: 60_000 });
    result.focusWhileCreating = await focusIn();
    await page.keyboard.type('34');
    await page.waitForFunction(() => !!document.querySelector('.monaco-editor .view-lines') && !document.querySelector('.akf-code__fallback'), null, { timeout: 60_000 });
    result.mountMs = Date.now() - started;
    result.focusAfterMount = await focusIn();
    await page.keyboard.type('56');
    // Monaco paints typed text on the next animation frame: wait for it (a lost keystroke never shows)
    await page
      .waitForFunction((expected) => document.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ') === expected, '123456', { timeout: 5_000 })
      .catch(() => {});
    result.handoffText = (await page.innerText('.monaco-editor .view-lines')).replace(/\u00a0/g, ' ');
    // then a JSON object, with Monaco's auto-closed brackets, while the host re-renders on each change
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('{"a": 1}');
    await page.waitForFunction(() => JSON.stringify(window.__params?.payload) === '{"a":1}', null, { timeout: 10_000 }).catch(() => {});
    result.payload = await page.evaluate(() => window.__params?.payload ?? null);
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
        linesFont: lines ? getComputedStyle(lines).fontFamily : null,
      };
    });
    result.codeAccessibleName = await page.evaluate(() =>
      document.querySelector('.monaco-editor textarea.inputarea, .monaco-editor .native-edit-context')?.getAttribute('aria-label') ?? null);

    // The ENUM at the bottom edge of the panel's visible area: its list must flip or fit, not be clipped.
    const priority = page.getByRole('combobox', { name: 'Priority' });
    await priority.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const triggerTop = await priority.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    await priority.click();
    const listbox = page.getByRole('listbox');
    await listbox.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300); // let the popup finish positioning
    result.enumList = await listbox.evaluate((list) => {
      const box = list.getBoundingClientRect();
      const options = [...list.querySelectorAll('[role="option"]')];
      // each option must be the topmost thing at its own centre: not clipped, not covered
      const hidden = options.filter((o) => {
        const r = o.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !(hit && o.contains(hit));
      }).map((o) => o.textContent);
      return {
        options: options.length,
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
        inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
        hidden,
        insidePanel: !!list.closest('.panel'),
      };
    });
    result.enumList.triggerTop = triggerTop;
    await page.screenshot({ path: shot.replace(/\.png$/, '-enum.png') });
    await page.getByRole('option', { name: 'High', exact: true }).click();
    await page.waitForFunction(() => window.__params?.priority === 'high', null, { timeout: 5_000 }).catch(() => {});
    result.priority = await page.evaluate(() => window.__params?.priority ?? null);
    result.subjectKept = (await subject.getAttribute('data-smoke-mark')) === 'first' && (await subject.inputValue()) === 'Hello world';

    await page.getByRole('button', { name: 'Run action' }).click();
    await page.getByText('Action ran successfully.').waitFor({ timeout: 10_000 }).catch(() => {});
    result.runStatus = await page.evaluate(() =>
      [...document.querySelectorAll('[role="status"], [role="alert"]')].map((el) => el.textContent.trim()).filter(Boolean).join(' | '));

    // The second form: its lazy controls' CSS came with their chunks, under a host rule that came first.
    const stage = page.getByRole('combobox', { name: 'Stage' });
    await stage.click();
    await page.waitForSelector('.akf-combobox__popup', { timeout: 10_000 });
    result.layout = await page.evaluate(() => {
      const style = (selector) => { const el = document.querySelector(selector); return el ? getComputedStyle(el) : null; };
      const popup = style('.akf-combobox__popup');
      const row = style('.akf-filter__row');
      const pairs = style('.akf-pairs__row');
      const code = style('.akf-code .monaco-editor');
      return {
        popupBorder: popup ? `${popup.borderTopWidth} ${popup.borderTopStyle}` : null,
        filterRowDisplay: row?.display ?? null,
        pairsRowDisplay: pairs?.display ?? null,
        comboboxPaddingEnd: style('.akf-combobox__input')?.paddingInlineEnd ?? null,
        chevronColor: style('.akf-combobox__chevron')?.color ?? null,
        monacoBackground: code?.backgroundColor ?? null,
        formBackground: style('.akf-root')?.backgroundColor ?? null,
        adoptedSheets: document.adoptedStyleSheets.length,
        // CSP: our chunks' CSS is CSSOM (adopted), not <style> (Monaco's own <style>s are its own)
        ourStyleElements: [...document.querySelectorAll('style')].filter((el) => el.textContent.includes('@layer actionkit-form')).length,
      };
    });
    await page.screenshot({ path: shot.replace(/\.png$/, '-layout.png') });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: shot, fullPage: true });
  } finally {
    await page.close();
  }
  return result;
}

function judge(host, b) {
  const run = b.runRequests;
  return {
    reactVersion: b.react === host.react,
    typedTextStays: b.subject.value === 'Hello world' && b.subject.parameter === 'Hello world',
    noRemountOnHostRender: b.subject.sameElement && b.subject.hostRenders > 0 && b.subjectKept,
    focusStays: b.subject.focused,
    codeTypingKeptThroughEditorLoad: b.handoffText === '123456' && ['textarea', 'monaco'].includes(b.focusWhileCreating) && b.focusAfterMount === 'monaco',
    monacoTyping: b.shownText === '{"a": 1}' && JSON.stringify(b.payload) === '{"a":1}',
    // the editor worker starts only for features a code field does not use (diffs, links, word suggestions)
    jsonWorkerStarted: b.workers.some((w) => w.includes('json.worker')),
    monacoCssApplied: b.css.editorPosition === 'relative' && b.css.inputPosition === 'absolute' && /mono/i.test(b.css.linesFont ?? ''),
    codeAccessibleName: b.codeAccessibleName === 'Payload',
    enumListFullyVisible: b.enumList.options === PRIORITIES.length && b.enumList.inViewport && b.enumList.hidden.length === 0,
    enumChosen: b.priority === 'high',
    runSentTypedParameters: run.length === 1 && JSON.stringify(run[0]) ===
      JSON.stringify({ tool: 'SMOKE_CREATE_TASK', parameters: { subject: 'Hello world', payload: { a: 1 }, priority: 'high' } }),
    runSucceeded: b.runStatus === 'Action ran successfully.',
    lazyCssArrived: b.layout.popupBorder === '1px solid' && b.layout.filterRowDisplay === 'grid' && b.layout.pairsRowDisplay === 'grid',
    chunkRuleOverCore: b.layout.comboboxPaddingEnd === '30px',
    hostRuleWinsOverChunk: b.layout.chevronColor === 'rgb(1, 2, 3)',
    lazyCssAdoptedNotInline: b.layout.adoptedSheets > 0 && b.layout.ourStyleElements === 0,
    monacoOnFormSurface: !!b.layout.formBackground && b.layout.monacoBackground === b.layout.formBackground,
    stylesheetMinifiedInLayer: b.stylesheet.layered && !b.stylesheet.comments,
    noOtherApiRequests: b.otherApiRequests.length === 0,
    noOffHostRequests: b.offHost.length === 0,
    noConsoleErrors: b.consoleErrors.length === 0,
    noFailedRequests: b.failedRequests.length === 0,
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'akf-consumer-'));
const previews = [];
let summary;
try {
  log('packing', root);
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', tmp], root));
  const tarball = join(tmp, packed.filename);
  log('installing and building', HOSTS.map((h) => h.id).join(' + '), 'in', tmp);
  const apps = await Promise.all(HOSTS.map((host) => prepareHost(tmp, tarball, host)));

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const hosts = {};
  try {
    for (const [i, host] of HOSTS.entries()) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      const preview = spawn(process.execPath, [join(apps[i], 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
        cwd: apps[i], stdio: 'ignore',
      });
      previews.push(preview);
      await waitForHttp(url, preview, 30_000);
      log(`${host.id}: checking`, url);
      const shot = screenshot.replace(/(\.png)?$/, `-${host.id}.png`);
      const browserResult = await checkInBrowser(browser, url, shot);
      const css = readFileSync(join(apps[i], 'node_modules', 'actionkit-form', 'dist', 'styles.css'), 'utf8');
      browserResult.stylesheet = { layered: css.startsWith('@layer actionkit-form{'), comments: css.includes('/*'), gzip: gzipSync(css, { level: 9 }).length };
      const checks = judge(host, browserResult);
      hosts[host.id] = {
        ok: Object.values(checks).every(Boolean),
        checks,
        hostBuildGzip: gzipSizes(join(apps[i], 'dist')).slice(0, 6),
        ...browserResult,
        screenshot: shot,
      };
      preview.kill();
    }
  } finally {
    await browser.close();
  }
  summary = {
    ok: Object.values(hosts).every((h) => h.ok),
    tarball: { file: packed.filename, bytes: packed.size, unpackedBytes: packed.unpackedSize, files: packed.entryCount },
    hosts,
    tmp: keep ? tmp : undefined,
  };
} catch (error) {
  summary = { ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error), tmp };
} finally {
  for (const preview of previews) if (preview.exitCode === null) preview.kill();
  if (!keep && summary?.ok) rmSync(tmp, { recursive: true, force: true });
}
console.log(JSON.stringify(summary, null, 2));
for (const [id, h] of Object.entries(summary.hosts ?? {})) {
  const failed = Object.entries(h.checks).filter(([, passed]) => !passed).map(([name]) => name);
  log(`${id}: ${failed.length ? `FAILED ${failed.join(', ')}` : `all ${Object.keys(h.checks).length} checks passed`}`);
}
process.exit(summary.ok ? 0 : 1);
