#!/usr/bin/env node
// Where the time goes: builds the bench pages unminified with source maps (dist/profile/<id>),
// runs the same mount / keystroke / switch interactions as run.mjs under the V8 CPU profiler
// and a Chrome trace, and prints per interaction: main-thread time by kind (JS, style, layout,
// paint, GC), JS self time by package/source file, and the functions (components, hooks) with
// the most inclusive time. Not a benchmark: profiling slows JS down; use it for proportions.
//
//   node profile.mjs [--peers actionform,rhf] [--workload w1-1000] [--what mount,key,switch]
//                    [--runs 5] [--top 40] [--no-build] [--out profile.json]
import { parseArgs } from 'node:util';
import os from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { discoverAdapters, buildBenchPage, ROOT } from './lib/build.mjs';
import { serve } from './lib/server.mjs';

const { values: opt } = parseArgs({
  options: {
    peers: { type: 'string', default: 'actionform,rhf' },
    workload: { type: 'string', default: 'w1-1000' },
    what: { type: 'string', default: 'mount,key,switch' },
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '40' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const RUNS = Number(opt.runs);
const TOP = Number(opt.top);
const log = (...a) => console.error(...a);
const DIST = join(ROOT, 'dist', 'profile');
const want = opt.peers.split(',');
const adapters = discoverAdapters().filter((a) => want.includes(a.id));

if (!opt['no-build']) {
  for (const a of adapters) await buildBenchPage(a.id, a.file, join(DIST, a.id), { minify: false, sourcemap: true });
}

// ------------------------------------------------------------------ source maps
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeMappings(mappings) {
  const lines = [];
  let src = 0, sl = 0, sc = 0;
  for (const line of mappings.split(';')) {
    const segs = [];
    let gc = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = [];
      let shift = 0, value = 0;
      for (const ch of seg) {
        const d = B64[ch];
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else { v.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0; }
      }
      gc += v[0];
      if (v.length >= 4) { src += v[1]; sl += v[2]; sc += v[3]; segs.push([gc, src, sl, sc]); }
    }
    lines.push(segs);
  }
  return lines;
}
const maps = new Map();   // script file name -> { sources, lines }
function loadMaps(id) {
  const dir = join(DIST, id, 'assets');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js.map'))) {
    const m = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    maps.set(f.replace(/\.map$/, ''), { sources: m.sources.map((x) => resolve(dir, x)), lines: decodeMappings(m.mappings) });
  }
}
function originalSource(url, line, col) {
  const m = maps.get(url.split('/').pop());
  if (!m) return null;
  const segs = m.lines[line];
  if (!segs?.length) return null;
  let lo = 0, hi = segs.length - 1, best = segs[0];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid][0] <= col) { best = segs[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return { source: m.sources[best[1]], line: best[2] + 1 };
}
/** 'react-dom', '@radix-ui/react-select', 'src/form/FormField.tsx' (the library), 'bench/src/harness.jsx', … */
const LIBRARY = resolve(ROOT, '..') + '/';
function bucketOf(source) {
  if (!source) return '(unmapped)';
  const nm = source.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (source.startsWith(ROOT + '/')) return `bench/${source.slice(ROOT.length + 1)}`;
  if (source.startsWith(LIBRARY)) return source.slice(LIBRARY.length);
  return source;
}

// ------------------------------------------------------------------ CPU profile analysis
function analyseProfile(profiles, runs) {
  const acc = { self: new Map(), incl: new Map(), bucketSelf: new Map(), info: new Map(), total: 0 };
  for (const p of profiles) accumulateProfile(p, acc);
  const { self, incl, bucketSelf, info, total } = acc;
  const per = (m) => [...m].map(([k, v]) => ({ key: k, ...info.get(k), ms: v / runs })).sort((a, b) => b.ms - a.ms);
  return {
    busyMs: total / runs,
    byBucket: [...bucketSelf].map(([bucket, v]) => ({ bucket, ms: v / runs })).sort((a, b) => b.ms - a.ms),
    self: per(self),
    inclusive: per(incl),
  };
}
function accumulateProfile(profile, acc) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map();
  const { info, self, incl, bucketSelf } = acc;
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    let bucket;
    if (!cf.url) bucket = cf.functionName.startsWith('(') ? cf.functionName : '(native)';
    const orig = cf.url ? originalSource(cf.url, cf.lineNumber, cf.columnNumber) : null;
    if (cf.url) bucket = bucketOf(orig?.source);
    const name = cf.functionName || `(anonymous:${orig?.line ?? '?'})`;
    const key = `${name} @ ${bucket}`;
    keyOf.set(n.id, key);
    info.set(key, { name, bucket });
  }
  let total = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i]) / 1000;   // µs -> ms (the delta to the next sample)
    const id = samples[i];
    const k = keyOf.get(id);
    if (k === '(idle) @ (idle)') continue;
    total += dt;
    self.set(k, (self.get(k) ?? 0) + dt);
    const b = info.get(k).bucket;
    bucketSelf.set(b, (bucketSelf.get(b) ?? 0) + dt);
    const seen = new Set();
    for (let n = id; n != null; n = parent.get(n)) {
      const kk = keyOf.get(n);
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + dt);
    }
  }
  acc.total += total;
}

// ------------------------------------------------------------------ trace analysis
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'].join(',');
function kindOf(name) {
  if (/GC|Scaveng|Sweep|Marking|Compactor/i.test(name)) return 'GC';
  if (/recalcStyle|UpdateLayoutTree|rebuildLayoutTree|Style/i.test(name)) return 'style';
  if (/Layout|ShapeText|InlineNode/.test(name)) return 'layout';
  if (/Paint|Composit|Layerize|Commit|Raster|HitTest|Intersection/.test(name)) return 'paint/composite';
  if (/FunctionCall|EventDispatch|TimerFire|AnimationFrame|^v8\.|^V8\.|EvaluateScript|Microtask|callFunction|Compile|ParseFunction/.test(name)) return 'JS';
  if (/RunTask/.test(name)) return 'task (untraced)';
  return 'other';
}
function analyseTrace(events, runs) {
  // the page's main thread: of the threads named CrRendererMain, the busiest one
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur != null && mains.has(k)) busy.set(k, (busy.get(k) ?? 0) + e.dur);
  }
  const mainKey = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const evs = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // self time per event name (children subtracted), then grouped into kinds
  const selfByName = new Map();
  const stack = [];
  for (const e of evs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const top = stack[stack.length - 1];
    if (top) top.self -= Math.min(e.dur, top.end - e.ts);
    const rec = { e, end: e.ts + e.dur, self: e.dur };
    stack.push(rec);
    e.__rec = rec;
  }
  for (const e of evs) {
    const k = e.name;
    selfByName.set(k, (selfByName.get(k) ?? 0) + Math.max(0, e.__rec.self) / 1000);
  }
  const byKind = new Map();
  for (const [name, ms] of selfByName) {
    const kind = kindOf(name);
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  }
  const fmtMap = (m) => [...m].map(([k, v]) => ({ name: k, ms: v / runs })).sort((a, b) => b.ms - a.ms);
  return { byKind: fmtMap(byKind), byName: fmtMap(selfByName).slice(0, 25) };
}

// ------------------------------------------------------------------ browser
const server = await serve(join(ROOT, 'dist', 'profile'));
const userDataDir = mkdtempSync(join(os.tmpdir(), 'forms-bench-profile-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));
const ctx = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
  viewport: { width: 1280, height: 900 },
});

// One pass under the V8 sampling profiler, another under a Chrome trace: tracing makes React's
// profiling build log every component render (console.timeStamp), which would skew the CPU profile.
// `steps`: [{ before?, act(around) }]; only what act() passes through around() runs under the
// profiler / trace (act() itself, if it does not call around).
async function cpuProfile(cdp, steps) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles = [], extra = [];
  const around = async (fn) => {
    await cdp.send('Profiler.start');
    try { return await fn(); } finally { profiles.push((await cdp.send('Profiler.stop')).profile); }
  };
  for (const st of steps) {
    if (st.before) await st.before();
    extra.push(await st.act(around));
  }
  return { profiles, extra: extra.flat() };
}
async function chromeTrace(cdp, steps) {
  const chunks = [];
  const onData = (d) => chunks.push(...d.value);
  cdp.on('Tracing.dataCollected', onData);
  const around = async (fn) => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES.split(',') }, transferMode: 'ReportEvents' });
    try { return await fn(); } finally { await cdp.send('Tracing.end'); await done; }
  };
  for (const st of steps) {
    if (st.before) await st.before();
    await st.act(around);
  }
  cdp.off('Tracing.dataCollected', onData);
  return { trace: chunks };
}

const TEXT = 'abcdefghijklmnopqrst';
const report = {};
for (const a of adapters) {
  loadMaps(a.id);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/${a.id}/index.html`);
  await page.waitForFunction(() => window.__benchReady === true);
  const info = await page.evaluate(() => window.__bench.info());
  const wl = await page.evaluate((w) => window.__bench.describe(w), opt.workload);
  const cdp = await ctx.newCDPSession(page);
  const mount = () => page.evaluate((w) => window.__bench.mount(w), opt.workload);
  const typeKeys = async (text) => {
    const sel = await page.evaluate(() => window.__bench.markProbe('type'));
    await page.click(sel);
    let value = await page.$eval(sel, (el) => el.value);
    const out = [];
    for (const ch of text) {
      value += ch;
      await page.evaluate((v) => window.__bench.armKey(v, 0), value);
      await page.keyboard.type(ch);
      out.push(await page.evaluate(() => window.__bench.waitKey()));
    }
    return out;
  };
  // around(fn): what runs under the profiler/trace; the untimed arming (switchTo's opening of a
  // custom widget) stays outside it.
  const switches = async (n, around = (fn) => fn()) => {
    const sel = await page.evaluate(() => window.__bench.markProbe('switch'));
    const out = [];
    for (let i = 0; i < n; i++) {
      const to = await page.evaluate((k) => window.__bench.armSwitch(k, 0), i % wl.probes.switch.steps.length);
      out.push(await around(async () => {
        if (info.customSwitch) await page.evaluate(() => window.__bench.fireSwitch());
        else await page.selectOption(sel, to);
        return page.evaluate(() => window.__bench.waitSwitch());
      }));
      await page.evaluate(() => window.__bench.settle(2));
    }
    return out;
  };
  // warm-up, as in run.mjs
  await mount();
  await typeKeys(TEXT.slice(0, 5));
  if (wl.probes.switch) await switches(wl.probes.switch.steps.length);
  report[a.id] = {};
  for (const what of opt.what.split(',')) {
    if (what === 'switch' && !wl.probes.switch) continue;
    const runs = what === 'mount' ? RUNS : what === 'key' ? TEXT.length : RUNS * wl.probes.switch.steps.length;
    // mount: the previous form is unmounted (and GC'd) before each profiled mount, as in the harness
    const unmount = () => page.evaluate(async () => { window.__bench.unmount(); await window.__bench.settle(3); });
    const steps = what === 'mount' ? Array.from({ length: RUNS }, () => ({ before: unmount, act: (around) => around(mount) }))
      : what === 'key' ? [{ before: mount, act: (around) => around(() => typeKeys(TEXT)) }]
      : [{ before: mount, act: (around) => switches(runs, around) }];   // full cycles of the switch steps
    const { profiles, extra } = await cpuProfile(cdp, steps);
    const { trace } = await chromeTrace(cdp, steps);
    // The harness' own untilPainted polling and the adapter's switchTo preparation are in the
    // profile too (small); everything is per interaction (divided by the number of interactions).
    const cpu = analyseProfile(profiles, runs);
    const tr = analyseTrace(trace, runs);
    const median = (xs) => { const v = xs.filter((x) => x != null).sort((p, q) => p - q); return v.length ? v[v.length >> 1] : null; };
    const measured = what === 'mount' ? { mount: median(extra.map((m) => m.mount)), reactRender: median(extra.map((m) => m.reactRender)), commits: median(extra.map((m) => m.reactCommits)) }
      : what === 'key' ? { keyWork: median(extra.map((k) => k.keyWork)), reactRender: median(extra.map((k) => k.reactRender)), commits: median(extra.map((k) => k.reactCommits)) }
      : { switchWork: median(extra.map((s) => s.switchWork)), reactRender: median(extra.map((s) => s.reactRender)), commits: median(extra.map((s) => s.reactCommits)) };
    report[a.id][what] = { runs, measured, cpu: { busyMs: cpu.busyMs, byBucket: cpu.byBucket, self: cpu.self.slice(0, TOP), inclusive: cpu.inclusive.slice(0, TOP * 2) }, trace: tr };
    const f = (x) => x.toFixed(2).padStart(8);
    console.log(`\n=== ${a.id} ${opt.workload} ${what} (per interaction, ${runs} interactions; profiler on: absolute times inflated) ===`);
    console.log('measured (profiled run):', JSON.stringify(measured, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
    console.log('main thread by kind (trace self time, ms):', tr.byKind.map((k) => `${k.name} ${k.ms.toFixed(1)}`).join(', '));
    console.log('top trace events:', tr.byName.slice(0, 10).map((k) => `${k.name} ${k.ms.toFixed(1)}`).join(', '));
    console.log(`JS self time by source (ms, ${cpu.busyMs.toFixed(1)} busy):`);
    for (const b of cpu.byBucket.slice(0, 20)) console.log(`  ${f(b.ms)}  ${b.bucket}`);
    console.log('JS self time, top functions:');
    for (const s of cpu.self.slice(0, TOP)) console.log(`  ${f(s.ms)}  ${s.key}`);
    console.log('inclusive time, functions outside react-dom/scheduler (components, hooks, handlers):');
    for (const s of cpu.inclusive.filter((x) => !/^(react-dom|scheduler|react|\(.*\))$/.test(x.bucket)).slice(0, TOP)) console.log(`  ${f(s.ms)}  ${s.key}`);
  }
  if (errors.length) log(`[${a.id}] page errors:`, errors.slice(0, 5));
  await cdp.detach();
  await page.close();
}
await ctx.close();
await server.close();
if (opt.out) {
  writeFileSync(resolve(ROOT, opt.out), JSON.stringify({ workload: opt.workload, date: new Date().toISOString(), report }, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v)));
  log(`wrote ${opt.out}`);
}
