// In-page measurement harness. Exposes window.__bench, driven by run.mjs via
// playwright-core. All timing is performance.now() in the page; React render
// time comes from <Profiler onRender> (the bench pages are built against
// react-dom's profiling build so that onRender fires in production mode).
import { Profiler, version as reactVersion } from 'react';
import { createRoot } from 'react-dom/client';
import { WORKLOADS } from './workloads.js';

const raf = () => new Promise((r) => requestAnimationFrame(r));

// Runs `ready()` at the start of every frame (rAF). The first frame in which it
// is true is the frame that paints the change. Returns
//   rafAt: start of that frame's rAF callback;
//   paint: time of a message task posted from that rAF callback, i.e. right
//          after that frame's style/layout/paint ran on the main thread;
//   raf2:  time of the next rAF callback ("two requestAnimationFrames").
function untilPainted(ready, timeoutMs = 60000) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const frame = () => {
      const rafAt = performance.now();
      let ok = false;
      try { ok = ready(); } catch (e) { reject(e); return; }
      if (ok) {
        let paint = null;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { paint = performance.now(); ch.port1.close(); };
        ch.port2.postMessage(0);
        requestAnimationFrame(() => resolve({ rafAt, paint: paint ?? performance.now(), raf2: performance.now() }));
      } else if (performance.now() - start > timeoutMs) {
        reject(new Error(`not ready after ${timeoutMs} ms`));
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

const visible = (el) => !!el && el.isConnected && el.checkVisibility();

export function install(adapter, adapterId) {
  const forms = new Map();     // workload id -> { form, prepared }
  const commits = [];          // Profiler onRender records
  let root = null;
  let container = null;
  let current = null;          // { form, prepared }
  const onRender = (id, phase, actualDuration, baseDuration, startTime, commitTime) => {
    commits.push({ phase, actualDuration, startTime, commitTime });
  };

  // Event Timing entries (only durations >= 16 ms are reported by the browser).
  const eventEntries = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        eventEntries.push({ name: e.name, startTime: e.startTime, duration: e.duration,
          processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch { /* Event Timing unavailable */ }

  function getForm(id) {
    if (!forms.has(id)) {
      const make = WORKLOADS[id];
      if (!make) throw new Error(`unknown workload ${id}`);
      const form = make();
      forms.set(id, { form, prepared: adapter.prepare(form) });   // untimed, once per workload (schemas are app constants)
    }
    return forms.get(id);
  }

  const control = (name) => (container ? adapter.control(container, name) : null);
  // What counts as a form control in the DOM-size columns (informational only).
  const CONTROLS = adapter.controls ?? 'input,select,textarea';
  const controlsIn = () => [...container.querySelectorAll(CONTROLS)];

  function reactSince(i0, tEnd = Infinity) {
    let sum = 0, n = 0, last = null;
    for (let i = i0; i < commits.length; i++) {
      if (commits[i].commitTime > tEnd) continue;
      sum += commits[i].actualDuration; n++; last = commits[i].commitTime;
    }
    return { render: sum, commits: n, lastCommit: last };
  }

  async function settle(frames = 3) {
    if (typeof window.gc === 'function') window.gc();
    for (let i = 0; i < frames; i++) await raf();
  }

  function unmount() {
    if (root) root.unmount();
    root = null;
    if (container) container.remove();
    container = null;
    current = null;
  }

  async function mount(workloadId) {
    unmount();
    const entry = getForm(workloadId);
    await settle();
    container = document.createElement('div');
    container.className = 'bench-form';
    document.getElementById('app').appendChild(container);
    root = createRoot(container);
    const c0 = commits.length;
    const { form, prepared } = entry;
    const t0 = performance.now();
    root.render(<Profiler id="form" onRender={onRender}>{adapter.render(prepared, { onSubmit: () => {} })}</Profiler>);
    const { paint, raf2 } = await untilPainted(() => form.probes.mountReady.every((n) => visible(control(n))));
    current = entry;
    const r = reactSince(c0, paint);
    return {
      mount: raf2 - t0,            // render() -> 2nd rAF after the form is in the DOM
      mountPaint: paint - t0,      // render() -> end of the frame that painted it
      reactRender: r.render,       // Profiler actualDuration, summed over commits
      reactCommits: r.commits,
      reactLastCommit: r.lastCommit == null ? null : r.lastCommit - t0,
      domNodes: container.getElementsByTagName('*').length,
      controls: controlsIn().length,
      visibleControls: controlsIn().filter(visible).length,
    };
  }

  function markProbe(kind) {
    if (!current) throw new Error('nothing mounted');
    document.querySelectorAll(`[data-bench-probe="${kind}"]`).forEach((el) => el.removeAttribute('data-bench-probe'));
    const name = kind === 'type' ? current.form.probes.type : current.form.probes.switch.field;
    const el = control(name);
    if (!el) throw new Error(`probe control '${name}' not found`);
    el.setAttribute('data-bench-probe', kind);
    return `[data-bench-probe="${kind}"]`;
  }

  // --- keystroke: await armKey(value, phase) before each keyboard.type(ch), then await waitKey() ---
  // armKey resolves `phase` ms after the start of a frame, so that keystrokes
  // land at a spread of positions within the 16.7 ms frame (as real typing does)
  // instead of always right after the previous paint.
  //
  // key     = keydown event.timeStamp -> end of the frame that shows the new value.
  // keyWork = main-thread time of that interaction without the wait for the frame:
  //           time inside each key/input event dispatch (window capture listener ->
  //           window bubble listener, so React's listener and the synchronous
  //           re-render it flushes are included) + that frame's rAF->paint time.
  //           (Chromium defers ordinary tasks after a discrete input until the next
  //           frame, so "end of task" cannot be observed with a posted message.)
  const KEY_EVENTS = ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'];
  let pendingKey = null;
  async function armKey(expectedValue, phase = 0) {
    const name = current.form.probes.type;
    const s = { proc: [] };
    const open = {};
    let c0;
    const onCapture = (e) => {
      const t = performance.now();
      if (e.type === 'keydown') { s.tEvent = e.timeStamp; s.tHandler = t; c0 = commits.length; }
      open[e.type] = t;
    };
    const onBubble = (e) => {
      if (open[e.type] != null) { s.proc.push([open[e.type], performance.now()]); open[e.type] = null; }
    };
    const listen = (on) => {
      for (const type of KEY_EVENTS) {
        window[on ? 'addEventListener' : 'removeEventListener'](type, onCapture, true);
        window[on ? 'addEventListener' : 'removeEventListener'](type, onBubble, false);
      }
    };
    pendingKey = new Promise((resolve, reject) => {
      const onInput = () => {
        s.tInput = performance.now();
        untilPainted(() => control(name)?.value === expectedValue, 10000).then(({ rafAt, paint, raf2 }) => {
          listen(false);
          const r = reactSince(c0, paint);
          const proc = s.proc.filter(([a]) => a < rafAt).reduce((sum, [a, b]) => sum + (b - a), 0);
          resolve({
            key: paint - s.tEvent,           // keydown event timestamp -> after next paint (INP-style)
            keyHandler: paint - s.tHandler,  // keydown listener start -> after next paint
            keyWork: proc + (paint - rafAt),
            keyProc: proc,
            frameRender: paint - rafAt,
            inputToPaint: paint - s.tInput,
            key2raf: raf2 - s.tEvent,
            reactRender: r.render,
            reactCommits: r.commits,
            tEvent: s.tEvent,
            tPaint: paint,
          });
        }, (e) => { listen(false); reject(e); });
      };
      listen(true);
      window.addEventListener('input', onInput, { capture: true, once: true });
    });
    await raf();
    if (phase > 0) await new Promise((r) => setTimeout(r, phase));
  }
  const waitKey = () => pendingKey;

  // Event Timing cross-check for the keystrokes measured so far: for each
  // keystroke, the largest reported entry that started with its keydown.
  async function eventTimingFor(samples) {
    await new Promise((r) => setTimeout(r, 300));   // entries are delivered after presentation
    return samples.map((s) => {
      let max = null;
      for (const e of eventEntries) {
        if (e.startTime >= s.tEvent - 1 && e.startTime <= s.tPaint) max = Math.max(max ?? 0, e.duration);
      }
      return max;   // null: no entry >= 16 ms, i.e. the interaction took < 16 ms (8 ms granularity)
    });
  }

  // --- switch: arm before page.selectOption() (or fireSwitch()), then await waitSwitch() ---
  //
  // Native <select> (default): timed from the first input/change event that
  // page.selectOption() dispatches. An adapter whose discriminator is a custom widget
  // (no <select> to selectOption) provides switchTo(root, name, value): armSwitch awaits it
  // untimed (it opens the widget and waits until the option can be chosen) and it returns a
  // function that dispatches the choosing event(s) synchronously; fireSwitch() calls that
  // function, timed from just before the call, with the same end (painted frame) and the same
  // switch-work definition (a microtask queued after the dispatch returns stands for the
  // microtask queued after 'change' reaches window).
  let pendingSwitch = null;
  let choose = null;
  const switchDone = (step, s, c0, resolve, reject) => {
    untilPainted(() => step.visible.every((n) => visible(control(n))) && step.hidden.every((n) => !visible(control(n))), 30000)
      .then(({ rafAt, paint, raf2 }) => {
        const r = reactSince(c0, paint);
        resolve({
          switch: paint - s.tHandler,      // input/change listener start (or choosing dispatch) -> after next paint with new fields
          switchWork: Math.min(s.tDone ?? rafAt, rafAt) - s.tHandler + (paint - rafAt),
          switch2raf: raf2 - s.tHandler,
          reactRender: r.render,
          reactCommits: r.commits,
          visibleControls: controlsIn().filter(visible).length,
        });
      }, reject);
  };
  async function armSwitch(stepIndex, phase = 0) {
    const step = current.form.probes.switch.steps[stepIndex];
    const s = {};
    if (adapter.switchTo) {
      choose = null;
      const fire = await adapter.switchTo(container, current.form.probes.switch.field, step.to);   // untimed: open the widget
      if (typeof fire !== 'function') throw new Error('adapter.switchTo must resolve to a function that chooses the value');
      const c0 = commits.length;
      pendingSwitch = new Promise((resolve, reject) => {
        choose = () => {
          choose = null;
          s.tHandler = performance.now();
          try { fire(); } catch (e) { reject(e); return; }
          queueMicrotask(() => { s.tDone = performance.now(); });
          switchDone(step, s, c0, resolve, reject);
        };
      });
    } else {
      const c0 = commits.length;
      pendingSwitch = new Promise((resolve, reject) => {
        const onEvent = (e) => {
          if (s.tHandler != null) return;
          s.tEvent = e.timeStamp; s.tHandler = performance.now();
          window.removeEventListener('input', onEvent, true);
          window.removeEventListener('change', onEvent, true);
          // page.selectOption dispatches input+change from one script task: a microtask
          // queued after 'change' has bubbled runs after React's listener and its microtasks.
          window.addEventListener('change', () => queueMicrotask(() => { s.tDone = performance.now(); }), { once: true });
          switchDone(step, s, c0, resolve, reject);
        };
        window.addEventListener('input', onEvent, true);
        window.addEventListener('change', onEvent, true);
      });
    }
    await raf();
    if (phase > 0) await new Promise((r) => setTimeout(r, phase));
    return step.to;
  }
  function fireSwitch() {
    if (!choose) throw new Error('fireSwitch: nothing armed (or the adapter has no switchTo)');
    choose();
  }
  const waitSwitch = () => pendingSwitch;

  // Fixed CPU work (allocation, JIT-compiled loop, string ops, native sort) to
  // track machine speed across visits; median of 5 runs, ms.
  function calibrate() {
    const runs = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      let x = 12345;
      const objs = [];
      for (let i = 0; i < 20000; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        objs.push({ id: i, key: `k${x % 9973}`, v: x / 4294967296 });
      }
      objs.sort((a, b) => a.v - b.v);
      let h = 0;
      for (const o of objs) h = (h * 31 + o.key.length + (o.id & 7)) | 0;
      JSON.parse(JSON.stringify(objs.slice(0, 2000)));
      runs.push(performance.now() - t0 + (h === 42 ? 1e-9 : 0));
    }
    runs.sort((a, b) => a - b);
    return runs[2];
  }

  async function frameInterval(n = 30) {
    const ts = [];
    for (let i = 0; i < n; i++) ts.push(await raf());
    const d = ts.slice(1).map((t, i) => t - ts[i]).sort((a, b) => a - b);
    return d[Math.floor(d.length / 2)];
  }

  window.__bench = {
    info: () => ({
      id: adapterId,
      name: adapter.name ?? adapterId,
      packages: adapter.packages ?? [],
      baseline: !!adapter.baseline,
      customSwitch: typeof adapter.switchTo === 'function',
      react: reactVersion,
      eventTiming: typeof PerformanceEventTiming !== 'undefined',
      gc: typeof window.gc === 'function',
    }),
    workloads: () => Object.keys(WORKLOADS),
    describe: (id) => {
      const { form } = getForm(id);
      return { id: form.id, title: form.title, stats: form.stats, probes: form.probes };
    },
    mount, unmount, markProbe, armKey, waitKey, eventTimingFor, armSwitch, fireSwitch, waitSwitch, frameInterval, settle, calibrate,
    control: (name) => control(name)?.outerHTML.slice(0, 200) ?? null,
    commitLog: (from = 0) => commits.slice(from),   // for profile.mjs: every <Profiler> commit so far
  };
  document.title = `bench: ${adapterId}`;
  window.__benchReady = true;
}
