// Markdown report from the data that run.mjs writes to results.json.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const fmt = (x, d = 1) => (x == null ? '–' : x.toFixed(d));
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const times = (v) => (v == null ? '–' : `${v.toFixed(v >= 10 ? 0 : 1)}×`);
const kb = (b) => (b / 1024).toFixed(1);
const et = (v) => (v == null ? '–' : v < 16 ? '<16' : v.toFixed(0));

export function renderReport({ env, versions, workloads, bundle, results }) {
  const ids = Object.keys(versions);
  const baseline = env.baseline;
  const steps = workloads.find((w) => w.probes.switch)?.probes.switch.steps.length ?? 0;
  const L = [];
  const prof = env.reactProfiler !== false;
  L.push(`- Date: ${env.date.slice(0, 10)}; machine: ${env.machine} (shared, noisy); Node ${env.node}; Chromium ${env.chromium} headless; React ${env.react} (${prof ? 'profiling build on timing pages' : 'production build on timing pages (--no-profiler: no React <Profiler> numbers)'})`);
  if (env.calibrationMs?.n) {
    L.push(`- CPU calibration loop per visit (machine-speed drift): median ${fmt(env.calibrationMs.median)} ms, range ${fmt(env.calibrationMs.min)}–${fmt(env.calibrationMs.max)} ms over ${env.calibrationMs.n} visits`);
  }
  L.push(`- Samples per cell: mount ${env.rounds * env.mountsPerVisit}, keystroke ${env.rounds * env.keysPerVisit}, switch ${env.rounds * steps} (${env.rounds} rounds, alternating peer order, warm-up per visit); rAF interval ${fmt(env.frameIntervalMs)} ms; baseline: ${baseline}`);
  L.push('- Versions: ' + ids.map((id) => Object.entries(versions[id]).map(([p, v]) => `${p}@${v}`).join(' ')).join(' · '));
  L.push('');
  L.push('Times in ms, medians unless marked p95; ×base = ratio of medians to the baseline. mount = render() to the second rAF after the form is in the DOM;');
  L.push('key = keydown event to the end of the next frame that shows the character (includes waiting for the frame); key work = the same minus the idle wait');
  L.push("(key event dispatch + that frame's style/layout/paint); switch = change event on the polymorphic enum to the end of the frame showing the new fields.");
  L.push('');
  L.push('| workload | peer | mount | ×base | key p50 | key p95 | ×base | key work p50 | key work p95 | ×base | switch | ×base |');
  L.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const wl of workloads) {
    const b = results[wl.id][baseline];
    for (const id of ids) {
      const r = results[wl.id][id];
      if (!r) {
        L.push(`| ${wl.id} | ${id} | left out (a mount takes seconds) | | | | | | | | | |`);
        continue;
      }
      L.push(`| ${wl.id} | ${id} | ${fmt(r.mount.median)} | ${times(ratio(r.mount.median, b.mount.median))} | ${fmt(r.key.median)} | ${fmt(r.key.p95)} | ${times(ratio(r.key.median, b.key.median))} | ${fmt(r.keyWork.median)} | ${fmt(r.keyWork.p95)} | ${times(ratio(r.keyWork.median, b.keyWork.median))} | ${r.switch ? fmt(r.switch.median) : '–'} | ${r.switch ? times(ratio(r.switch.median, b.switch.median)) : '–'} |`);
    }
  }
  L.push('');
  L.push('React <Profiler> actualDuration (render phase only, summed over the commits of the interaction; ms, median); switch work (switch minus the wait for the frame);');
  L.push("Event Timing cross-check for keystrokes (largest entry per keystroke; the browser reports only entries >= 16 ms, 8 ms steps, so '<16' = mostly under 16 ms); DOM size.");
  L.push('');
  L.push('| workload | peer | React @mount | React @key | React @switch | switch work | Event Timing key p50 / p95 | controls in DOM | DOM elements |');
  L.push('|---|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const wl of workloads) {
    for (const id of ids) {
      const r = results[wl.id][id];
      if (!r) continue;
      const rr = (x) => (prof && x ? fmt(x.median) : '–');
      L.push(`| ${wl.id} | ${id} | ${rr(r.mountReactRender)} | ${rr(r.keyReactRender)} | ${rr(r.switchReactRender)} | ${r.switchWork ? fmt(r.switchWork.median) : '–'} | ${et(r.keyEventTiming.median)} / ${et(r.keyEventTiming.p95)} | ${r.controls ?? '–'}${r.visibleControls !== r.controls ? ` (${r.visibleControls} visible)` : ''} | ${r.domNodes ?? '–'} |`);
    }
  }
  L.push('');
  L.push('Bundle: gzip -9 of the emitted JS+CSS of a production vite build of the same page (adapter + workload generator). Up front = the entry chunk, the chunks');
  L.push('it imports statically and their CSS (what the page loads before it can render); lazy = chunks behind a dynamic import() and workers (Monaco for actionform:');
  L.push('only loaded when a CODE field renders; none of the workloads has one). First-party = the React-external build with every node_modules package left external too,');
  L.push('i.e. the code outside node_modules: adapter + generator (≈ the `none` row) + for actionform the library\'s own src/.');
  L.push('');
  L.push('| peer | up front, React bundled (KB) | ×base | up front, React external (KB) | ×base | of which CSS | lazy chunks (KB) | first-party up front (KB) |');
  L.push('|---|--:|--:|--:|--:|--:|--:|--:|');
  const up = (m) => m?.upFront ?? m;   // results.json from before the up-front/lazy split
  for (const id of [...ids, 'none']) {
    const s = bundle[id];
    const b = bundle[baseline];
    if (!s) continue;
    const full = up(s.withReact);
    const ext = up(s.withoutReact);
    L.push(`| ${id === 'none' ? 'none (React + generator only)' : id} | ${kb(full.gzip)} | ${ratio(full.gzip, up(b.withReact).gzip).toFixed(2)}× | ${kb(ext.gzip)} | ${ratio(ext.gzip, up(b.withoutReact).gzip).toFixed(2)}× | ${kb(ext.css ?? 0)} | ${s.withoutReact.lazy ? kb(s.withoutReact.lazy.gzip) : '–'} | ${s.firstParty ? kb(up(s.firstParty).gzip) : '–'} |`);
  }
  return L.join('\n');
}

/** Replace the text between the results markers in a README. Returns true if done. */
export function updateReadme(path, table) {
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return false;
  writeFileSync(path, text.slice(0, i + start.length) + '\n' + table + '\n' + text.slice(j));
  return true;
}
