// Deterministic (seeded) generators for the generic form description that
// every adapter consumes. Nothing here knows about any form library.
//
// Form description
// ----------------
// {
//   id, title,
//   fields: Field[],              // top-level fields, in display order
//   initial: { [name]: value },   // flat initial data (all field names are unique)
//   probes: {
//     mountReady: string[],       // fields that must be visible for the mount to count as done
//     type: string,               // text field that the keystroke test types into
//     switch?: {                  // only for polymorphic workloads
//       field: string,            // the discriminator select
//       steps: [{ to, visible: string[], hidden: string[] }],
//     },
//   },
//   stats: { fields, visibleAtMount },
// }
//
// Field = {
//   name: string,                 // unique, [a-z0-9_]
//   label: string,
//   kind: 'text' | 'select' | 'checkbox',
//   options?: string[],           // kind === 'select'
//   default?: string,             // value to use whenever the field (re)appears; also present in `initial`
//   cases?: { [option]: Field[] } // select only: fields shown while the select has that value
// }
//
// Data is always a flat object keyed by field name (no nesting), so every
// library can bind it without path gymnastics.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function rnd() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'account', 'address', 'amount', 'billing', 'branch', 'budget', 'carrier', 'category',
  'channel', 'city', 'client', 'code', 'company', 'contact', 'contract', 'country',
  'currency', 'customer', 'delivery', 'department', 'deposit', 'device', 'discount', 'district',
  'email', 'employer', 'entity', 'invoice', 'issuer', 'language', 'ledger', 'license',
  'locale', 'manager', 'member', 'merchant', 'note', 'office', 'order', 'owner',
  'partner', 'payment', 'phone', 'plan', 'policy', 'portal', 'postal', 'priority',
  'product', 'project', 'quota', 'reason', 'region', 'reference', 'renewal', 'route',
  'schedule', 'segment', 'sender', 'shipment', 'source', 'status', 'supplier', 'tax',
];
const QUALIFIERS = ['primary', 'secondary', 'legal', 'billing', 'home', 'work', 'backup', 'default', 'internal', 'external'];

const pick = (rnd, arr) => arr[Math.floor(rnd() * arr.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const pad = (n, w) => String(n).padStart(w, '0');

function label(rnd) {
  return `${cap(pick(rnd, QUALIFIERS))} ${pick(rnd, WORDS)} ${pick(rnd, WORDS)}`;
}

function options(rnd, count) {
  const out = [];
  const seen = new Set();
  while (out.length < count) {
    const v = `${pick(rnd, WORDS)}-${pad(Math.floor(rnd() * 100), 2)}`;
    if (!seen.has(v)) { seen.add(v); out.push(v); }
  }
  return out;
}

function shuffle(arr, rnd) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

/** Visit every field, depth-first, including all cases of every select. */
export function walk(fields, visit) {
  for (const f of fields) {
    visit(f);
    if (f.cases) for (const opt of Object.keys(f.cases)) walk(f.cases[opt], visit);
  }
}

/** Fields visible for the given data (follows only the active case of each select). */
export function visibleFields(fields, data, out = []) {
  for (const f of fields) {
    out.push(f);
    if (f.cases && f.cases[data[f.name]]) visibleFields(f.cases[data[f.name]], data, out);
  }
  return out;
}

function describe(form) {
  let fields = 0;
  walk(form.fields, () => fields++);
  form.stats = { fields, visibleAtMount: visibleFields(form.fields, form.initial).length };
  return form;
}

/**
 * W1 'wide': one action (a single flat form with one submit button) holding
 * n text inputs plus 10 selects (20 options each) and 10 checkboxes, mixed at
 * seeded positions. The typing probe is the text input nearest the middle.
 */
export function wide(n, seed = 1000 + n) {
  const rnd = mulberry32(seed);
  const kinds = shuffle([
    ...Array(n).fill('text'),
    ...Array(10).fill('select'),
    ...Array(10).fill('checkbox'),
  ], rnd);
  const fields = kinds.map((kind, i) => {
    const f = { name: `f${pad(i, 4)}`, label: label(rnd), kind };
    if (kind === 'select') f.options = options(rnd, 20);
    return f;
  });
  const mid = Math.floor(fields.length / 2);
  let probe = null;
  for (let d = 0; !probe; d++) {
    if (fields[mid + d]?.kind === 'text') probe = fields[mid + d];
    else if (fields[mid - d]?.kind === 'text') probe = fields[mid - d];
  }
  return describe({
    id: `w1-${n}`,
    title: `Wide form (${n} text inputs, 10 selects, 10 checkboxes)`,
    fields,
    initial: {},
    probes: {
      mountReady: [fields[0].name, probe.name, fields[fields.length - 1].name],
      type: probe.name,
    },
  });
}

/**
 * W2 'polymorphic': a 'kind' enum with `variants` values; each value reveals
 * `perVariant` dependent fields, one of which is itself an enum ('<v>_mode',
 * `modes` values) whose every value reveals `perMode` more text fields.
 * Initial data selects variant v0 and mode m0 of every variant, so each switch
 * of 'kind' shows 1 + 40 + 10 controls (w2; 1 + 200 + 10 for w2-200).
 */
export function polymorphic({ variants = 5, perVariant = 40, modes = 3, perMode = 10, seed = 2024, id = 'w2' } = {}) {
  const rnd = mulberry32(seed);
  const values = Array.from({ length: variants }, (_, i) => `v${i}`);
  const modeValues = Array.from({ length: modes }, (_, i) => `m${i}`);
  const kind = { name: 'kind', label: 'Kind', kind: 'select', options: values, cases: {} };
  const initial = { kind: values[0] };
  const firstOf = {};
  const typeProbe = {};
  for (const v of values) {
    const modeAt = Math.floor(rnd() * perVariant);
    const deps = [];
    for (let i = 0; i < perVariant; i++) {
      if (i === modeAt) {
        const mode = { name: `${v}_mode`, label: `${cap(v)} mode`, kind: 'select', options: modeValues, default: modeValues[0], cases: {} };
        for (const m of modeValues) {
          mode.cases[m] = Array.from({ length: perMode }, (_, k) => ({
            name: `${v}_${m}_f${pad(k, 2)}`, label: label(rnd), kind: 'text',
          }));
        }
        deps.push(mode);
        initial[mode.name] = modeValues[0];
        continue;
      }
      const r = rnd();
      const k = r < 0.7 ? 'text' : r < 0.85 ? 'select' : 'checkbox';
      const f = { name: `${v}_f${pad(i, 2)}`, label: label(rnd), kind: k };
      if (k === 'select') f.options = options(rnd, 6);
      deps.push(f);
    }
    kind.cases[v] = deps;
    firstOf[v] = deps[0].name;
    const texts = deps.filter((f) => f.kind === 'text');
    typeProbe[v] = texts[Math.floor(texts.length / 2)].name;
  }
  const lastNested = (v) => `${v}_${modeValues[0]}_f${pad(perMode - 1, 2)}`;
  const steps = [];
  for (let i = 1; i <= variants; i++) {
    const from = values[(i - 1) % variants];
    const to = values[i % variants];
    steps.push({ to, visible: [firstOf[to], lastNested(to)], hidden: [firstOf[from], lastNested(from)] });
  }
  return describe({
    id,
    title: `Polymorphic form (${variants} variants x ${perVariant} fields, nested enum x ${perMode})`,
    fields: [kind],
    initial,
    probes: {
      mountReady: ['kind', firstOf[values[0]], lastNested(values[0])],
      type: typeProbe[values[0]],
      switch: { field: 'kind', steps },
    },
  });
}

export const WORKLOADS = {
  'w1-50': () => wide(50),
  'w1-200': () => wide(200),
  'w1-1000': () => wide(1000),
  // the top of the cost curve; peers too slow here are left out and said so (SKIP in run.mjs)
  'w1-5000': () => wide(5000),
  'w2': () => polymorphic(),
  // the size SPEC §6 of actionkit-form sets its switch target at: a branch of 200 dependents
  'w2-200': () => polymorphic({ perVariant: 200, id: 'w2-200' }),
};
