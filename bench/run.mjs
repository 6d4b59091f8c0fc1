#!/usr/bin/env node
// Forms benchmark: builds one page per adapter (vite), serves dist/ on
// 127.0.0.1, drives all adapters in one chromium session (playwright-core,
// alternating order per round), prints a table and writes results.json.
//
//   node run.mjs [--rounds 5] [--mounts 3] [--keys 20] [--peers a,b] [--workloads w1-50,w2]
//                [--baseline rhf] [--quick] [--no-build] [--no-profiler] [--readme] [--out results.json]
//   node run.mjs --report results.json [--readme]     (re-render the tables of an earlier run)
import { parseArgs } from 'node:util';
import os from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { discoverAdapters, buildBenchPage, buildSizePage, measureDir, NONE_ADAPTER, ROOT } from './lib/build.mjs';
import { serve } from './lib/server.mjs';
import { summary, median, quantile } from './lib/stats.mjs';
import { renderReport, updateReadme } from './lib/report.mjs';

const { values: opt } = parseArgs({
  options: {
    rounds: { type: 'string' },
    mounts: { type: 'string' },
    keys: { type: 'string' },
    peers: { type: 'string' },
    workloads: { type: 'string' },
    baseline: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-profiler': { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    out: { type: 'string', default: 'results.json' },
    report: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 8).join('\n'));
  process.exit(0);
}

if (opt.report) {
  // Re-render the tables of an earlier run (no build, no browser).
  const table = renderReport(JSON.parse(readFileSync(resolve(opt.report), 'utf8')));
  console.log(table);
  writeFileSync(resolve(opt.report).replace(/\.json$/, '') + '.md', table + '\n');
  if (opt.readme && updateReadme(join(ROOT, 'README.md'), table)) console.error('updated README.md results block');
  process.exit(0);
}

const ROUNDS = Number(opt.rounds ?? (opt.quick ? 1 : 5));      // visits per (workload, peer)
const MOUNTS = Number(opt.mounts ?? (opt.quick ? 1 : 3));      // measured mounts per visit (after 1 warm-up mount)
const KEYS = Number(opt.keys ?? 20);                           // measured keystrokes per visit
const WARM_KEYS = 5;                                           // warm-up keystrokes per visit (discarded)
const TEXT = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, KEYS);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--js-flags=--expose-gc',   // lets the harness run gc() between mounts
];

const log = (...a) => console.error(...a);
// Seeded phases (ms after a frame start) at which keystrokes/switches are sent.
const phaseRng = (() => { let a = 0x5eed; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; })();
const nextPhase = () => Math.floor(phaseRng() * 16);
const fmt = (x, d = 1) => (x == null ? '–' : x.toFixed(d));

// ---------------------------------------------------------------- build
let adapters = discoverAdapters();
if (opt.peers) {
  const want = opt.peers.split(',');
  adapters = adapters.filter((a) => want.includes(a.id));
  const missing = want.filter((w) => !adapters.some((a) => a.id === w));
  if (missing.length) throw new Error(`unknown adapter(s): ${missing.join(', ')}`);
}
if (!adapters.length) throw new Error('no adapters');

const DIST = join(ROOT, 'dist');
const bundle = {};
if (!opt['no-build']) {
  const t = Date.now();
  for (const a of adapters) {
    await buildBenchPage(a.id, a.file, join(DIST, 'bench', a.id), { profiling: !opt['no-profiler'] });
  }
  for (const a of [...adapters, { id: 'none', file: NONE_ADAPTER }]) {
    await buildSizePage(a.file, join(DIST, 'size', a.id), { externalReact: false });
    await buildSizePage(a.file, join(DIST, 'size-ext', a.id), { externalReact: true });
    await buildSizePage(a.file, join(DIST, 'size-own', a.id), { externalReact: true, firstPartyOnly: true });
  }
  log(`built ${adapters.length} bench pages + size builds in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
for (const a of [...adapters, { id: 'none' }]) {
  const full = measureDir(join(DIST, 'size', a.id));
  const ext = measureDir(join(DIST, 'size-ext', a.id));
  let own = null;
  try { own = measureDir(join(DIST, 'size-own', a.id)); } catch { /* built by an older run.mjs */ }
  bundle[a.id] = { withReact: full, withoutReact: ext, ...(own && { firstParty: own }) };
}

// ---------------------------------------------------------------- browser
const server = await serve(DIST);
const userDataDir = mkdtempSync(join(os.tmpdir(), 'forms-bench-profile-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));   // also after a failure
const ctx = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1280, height: 900 },
});

async function openPage(peerId) {
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/bench/${peerId}/index.html`);
  await page.waitForFunction(() => window.__benchReady === true, null, { timeout: 30000 });
  return { page, errors };
}

async function typeKeys(page, text) {
  const sel = await page.evaluate(() => window.__bench.markProbe('type'));
  await page.click(sel);
  await page.evaluate(() => window.__bench.settle(2));
  let value = await page.$eval(sel, (el) => el.value);
  const samples = [];
  for (const ch of text) {
    value += ch;
    await page.evaluate(([v, ph]) => window.__bench.armKey(v, ph), [value, nextPhase()]);
    await page.keyboard.type(ch);
    samples.push(await page.evaluate(() => window.__bench.waitKey()));
  }
  return samples;
}

async function switches(page, steps, customSwitch) {
  const sel = await page.evaluate(() => window.__bench.markProbe('switch'));
  const samples = [];
  for (let i = 0; i < steps; i++) {
    const to = await page.evaluate(([k, ph]) => window.__bench.armSwitch(k, ph), [i, nextPhase()]);
    // an adapter whose discriminator is not a native <select> chooses the value itself (adapter.switchTo)
    if (customSwitch) await page.evaluate(() => window.__bench.fireSwitch());
    else await page.selectOption(sel, to);
    samples.push({ to, ...(await page.evaluate(() => window.__bench.waitSwitch())) });
    await page.evaluate(() => window.__bench.settle(2));
  }
  return samples;
}

async function visit(peerId, wl) {
  const { page, errors } = await openPage(peerId);
  const customSwitch = !!info[peerId]?.customSwitch;
  try {
    const mount = (id) => page.evaluate((w) => window.__bench.mount(w), id);
    const nSteps = wl.probes.switch?.steps.length ?? 0;
    const calibration = await page.evaluate(() => window.__bench.calibrate());
    // warm-up (discarded): one mount, a few keystrokes, one full switch cycle
    await mount(wl.id);
    await typeKeys(page, TEXT.slice(0, WARM_KEYS));
    if (nSteps) await switches(page, nSteps, customSwitch);
    // measured
    const mounts = [];
    for (let i = 0; i < MOUNTS; i++) mounts.push(await mount(wl.id));
    const keys = await typeKeys(page, TEXT);
    const eventTiming = await page.evaluate((s) => window.__bench.eventTimingFor(s), keys);
    let sw = [];
    if (nSteps) {
      await mount(wl.id);
      sw = await switches(page, nSteps, customSwitch);
    }
    return { calibration, mounts, keys, eventTiming, switches: sw, errors };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- run
const info = {};
let workloads;
let frameInterval;
let userAgent;
let browserVersion;
for (const a of adapters) {
  const { page, errors } = await openPage(a.id);
  info[a.id] = await page.evaluate(() => window.__bench.info());
  if (!workloads) {
    const all = await page.evaluate(() => window.__bench.workloads());
    const want = opt.workloads ? opt.workloads.split(',') : all;
    workloads = [];
    for (const id of want) workloads.push(await page.evaluate((w) => window.__bench.describe(w), id));
    frameInterval = await page.evaluate(() => window.__bench.frameInterval());
    userAgent = await page.evaluate(() => navigator.userAgent);
    try {
      const cdp = await ctx.newCDPSession(page);
      browserVersion = (await cdp.send('Browser.getVersion')).product;
      await cdp.detach();
    } catch { /* keep the user agent's version */ }
  }
  if (errors.length) log(`[${a.id}] page errors on load:`, errors);
  await page.close();
}
const ids = adapters.map((a) => a.id);
const baseline = opt.baseline ?? ids.find((id) => info[id].baseline) ?? ids[0];

const versionOf = (pkg) => {
  try { return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version; } catch { return null; }
};
const versions = Object.fromEntries(ids.map((id) => [id, Object.fromEntries(info[id].packages.map((p) => [p, versionOf(p)]))]));
const chromiumVersion = browserVersion?.match(/Chrome\/([\d.]+)/)?.[1] ?? userAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? null;

log(`peers: ${ids.join(', ')} (baseline ${baseline}); workloads: ${workloads.map((w) => w.id).join(', ')}; rounds ${ROUNDS}, mounts/visit ${MOUNTS}, keys/visit ${KEYS}; rAF interval ${fmt(frameInterval, 2)} ms`);

// peers whose single mount takes seconds at a size are left out there (the report says so), so a run stays under 15 minutes
const SKIP = { 'w1-5000': new Set(['jsonforms', 'rjsf']) };
const skipped = (wl, id) => SKIP[wl]?.has(id) ?? false;
const peersOf = (wl) => ids.filter((id) => !skipped(wl, id));
for (const wl of workloads) for (const id of ids) if (skipped(wl.id, id)) log(`[${wl.id}] ${id} left out: a mount takes seconds at this size`);

const raw = {};
const t0 = Date.now();
for (const wl of workloads) {
  const peers = peersOf(wl.id);
  raw[wl.id] = Object.fromEntries(peers.map((id) => [id, []]));
  for (let r = 0; r < ROUNDS; r++) {
    // alternate order: rotate by round, reverse every other round
    const order = peers.map((_, i) => peers[(i + r) % peers.length]);
    if (r % 2) order.reverse();
    for (const [pos, id] of order.entries()) {
      const t = Date.now();
      const v = await visit(id, wl);
      raw[wl.id][id].push({ round: r, position: pos, ...v });
      const sw = v.switches.length ? ` switch ${fmt(median(v.switches.map((s) => s.switch)))}` : '';
      log(`[${wl.id} r${r + 1}/${ROUNDS}] ${id.padEnd(10)} mount ${fmt(median(v.mounts.map((m) => m.mount)))} key p50 ${fmt(median(v.keys.map((k) => k.key)))}${sw} ms  (${((Date.now() - t) / 1000).toFixed(1)} s)${v.errors.length ? `  ERRORS: ${v.errors.slice(0, 2).join(' | ')}` : ''}`);
    }
  }
}
const elapsed = (Date.now() - t0) / 1000;
await ctx.close();
await server.close();
rmSync(userDataDir, { recursive: true, force: true });

// ---------------------------------------------------------------- summarise
const etSummary = (vals) => {
  // null = no Event Timing entry >= 16 ms for that keystroke
  const v = vals.map((x) => x ?? 0);
  return { n: v.length, reported: vals.filter((x) => x != null).length, median: median(v), p95: quantile(v, 0.95) };
};
const results = {};
for (const wl of workloads) {
  results[wl.id] = {};
  for (const id of peersOf(wl.id)) {
    const visits = raw[wl.id][id];
    const mounts = visits.flatMap((v) => v.mounts);
    const keys = visits.flatMap((v) => v.keys);
    const sws = visits.flatMap((v) => v.switches);
    results[wl.id][id] = {
      mount: summary(mounts.map((m) => m.mount)),
      mountPaint: summary(mounts.map((m) => m.mountPaint)),
      mountReactRender: summary(mounts.map((m) => m.reactRender)),
      key: summary(keys.map((k) => k.key)),
      keyHandler: summary(keys.map((k) => k.keyHandler)),
      keyWork: summary(keys.map((k) => k.keyWork)),
      keyFrameRender: summary(keys.map((k) => k.frameRender)),
      keyReactRender: summary(keys.map((k) => k.reactRender)),
      keyEventTiming: etSummary(visits.flatMap((v) => v.eventTiming)),
      switch: sws.length ? summary(sws.map((s) => s.switch)) : null,
      switchWork: sws.length ? summary(sws.map((s) => s.switchWork)) : null,
      switchReactRender: sws.length ? summary(sws.map((s) => s.reactRender)) : null,
      controls: mounts[0]?.controls, visibleControls: mounts[0]?.visibleControls, domNodes: mounts[0]?.domNodes,
      errors: [...new Set(visits.flatMap((v) => v.errors))],
    };
  }
}

const cpus = os.cpus();
const env = {
  date: new Date().toISOString(),
  machine: `${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`,
  node: process.version,
  chromium: chromiumVersion,
  chromiumArgs: CHROMIUM_ARGS,
  react: info[ids[0]].react,
  frameIntervalMs: frameInterval,
  calibrationMs: summary(Object.values(raw).flatMap((byPeer) => Object.values(byPeer).flat().map((v) => v.calibration))),
  rounds: ROUNDS, mountsPerVisit: MOUNTS, keysPerVisit: KEYS, warmKeys: WARM_KEYS,
  reactProfiler: !opt['no-profiler'],
  baseline, elapsedSeconds: elapsed,
};

// ---------------------------------------------------------------- report
const table = renderReport({ env, versions, workloads, bundle, results });
console.log('\n' + table + '\n');
const errs = Object.entries(results).flatMap(([w, r]) => Object.entries(r).filter(([, v]) => v.errors.length).map(([id, v]) => `${w}/${id}: ${v.errors.slice(0, 3).join(' | ')}`));
if (errs.length) log('page errors:\n' + errs.join('\n'));

const round2 = (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v);
const outJson = resolve(ROOT, opt.out);
const outMd = outJson.replace(/\.json$/, '') + '.md';
writeFileSync(outJson, JSON.stringify({ env, versions, info, workloads, bundle, results, raw }, round2));
writeFileSync(outMd, table + '\n');
log(`wrote ${outJson} and ${outMd} (${elapsed.toFixed(0)} s of measuring)`);
if (opt.readme && updateReadme(join(ROOT, 'README.md'), table)) log('updated README.md results block');
