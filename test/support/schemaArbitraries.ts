/** fast-check arbitraries for Paragon Action schemas: well-formed, malformed, cyclic and large. */
import fc from 'fast-check';
import { FILTER_OPERATORS, KNOWN_INPUT_TYPES, type ParagonAction } from '../../src/schema';
import { isRecord } from '../../src/schema/guards';
import { MISSING, build, maybe, withJunk, type Raw } from './arbitraryHelpers';

/** What kind of schemas to generate. */
export interface SchemaShape {
  /** Junk entries, missing or wrong-typed fields, ids repeated anywhere (else ids repeat only across sibling branches). */
  malformed?: boolean;
  /** Some inputs contain themselves or an ancestor (added after generation). */
  cycles?: boolean;
  /** Allow `hidden` and `readOnly` inputs. */
  hiddenReadOnly?: boolean;
  /** Deepest nesting of dependents, 0 = flat. Default 6. */
  maxDepth?: number;
  /** Most top-level inputs. Default 4. */
  maxInputs?: number;
}

/** Ids that break naive code: paths, prototype keys, spaces, unicode, tokens. */
export const ODD_IDS = [
  'a', 'b', 'recordType', 'field-Subject', 'contact.email', 'a.b[1].c', 'a[0]', 'Level__c', 'with space', ' padded ',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'ünïcødé', '名前', '🙂', '0', '1e3', '$ref', '{{1.x}}',
];
const TEXTS = [
  'Subject', 'Record type', 'Ünïcødé 名前 🙂', '<b>Bold</b> & <i>co</i>', '<img src=x onerror=alert(1)>',
  'Help (https://docs.example.com/x)', 'A very long label that goes on and on and on and on and on and on',
];
const UNKNOWN_TYPES = ['FANCY_NEW_TYPE', 'enum', 'DATE', 'FILE_UPLOAD', 'ENUM ', 'TEXT\u200b'];

const oddId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_IDS) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' }) },
);
const label = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10, unit: 'grapheme' }) });
/** Option values: strings (prototype keys, spaces, digits) and numbers. */
export const enumValue = fc.oneof(
  fc.constantFrom('A', 'B', 'Task', 'Call', '1', '__proto__', 'constructor', 'with space', 'ünï', '', ' '),
  fc.constantFrom(0, 1, 2, -1, 1.5),
  fc.string({ minLength: 1, maxLength: 5 }),
);
const typeOf = (malformed: boolean) =>
  withJunk(malformed, fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...KNOWN_INPUT_TYPES) },
    { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_TYPES) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
  ), [MISSING, null, 5, {}, '']);

/** The arbitraries of one schema shape, built once per depth (deeper levels nest less). */
function schemaArbitraries(shape: Required<SchemaShape>) {
  const m = shape.malformed;
  const inputs: fc.Arbitrary<unknown>[] = [];
  const lists: fc.Arbitrary<unknown[]>[] = [];

  const nested = (depth: number, absentWeight: number) => (depth < shape.maxDepth ? maybe(listAt(depth + 1), absentWeight) : fc.constant(MISSING));
  const optionAt = (depth: number) => fc.oneof(
    { weight: 2, arbitrary: enumValue },
    { weight: 3, arbitrary: fc.record({ value: enumValue, label: maybe(label), subtitle: maybe(label, 2), dependentInputs: nested(depth, 3) }) },
    ...(m ? [{ weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, '', ' ', Number.NaN, { label: 'No value' }, { value: {} }, { value: null }) }] : []),
  );
  const valuesAt = (depth: number) => fc.array(fc.oneof(
    { weight: 5, arbitrary: optionAt(depth) },
    { weight: 1, arbitrary: fc.record({ title: label, items: fc.array(optionAt(depth), { maxLength: 3 }) }) },
  ), { maxLength: 5 });

  const inputAt = (depth: number): fc.Arbitrary<unknown> => (inputs[depth] ??= fc.record({
    id: withJunk(m, oddId, [MISSING, '', 5, null]),
    type: typeOf(m),
    title: withJunk(m, label, [MISSING, '', '   ', 5, null]),
    subtitle: maybe(label, 2),
    placeholder: maybe(label, 3),
    required: withJunk(m, maybe(fc.boolean(), 2), ['yes', 'false', 1]),
    defaultValue: maybe(fc.oneof(enumValue, fc.boolean(), fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), 2),
    hidden: shape.hiddenReadOnly ? maybe(fc.constant(true), 8) : fc.constant(MISSING),
    readOnly: shape.hiddenReadOnly ? maybe(fc.constant(true), 8) : fc.constant(MISSING),
    dependentInputs: withJunk(m, nested(depth, 4), ['not a list', {}, 5]),
    values: withJunk(m, maybe(valuesAt(depth)), ['A,B', { A: 1 }, 5, null]),
    valuesSource: withJunk(m, maybe(fc.record({ sourceType: fc.constantFrom('projects', 'users'), dependencies: fc.array(oddId, { maxLength: 2 }) }), 5), ['projects', null, { dependencies: 'a' }]),
    language: maybe(fc.constantFrom('json', 'javascript'), 1),
    lines: maybe(fc.integer({ min: 0, max: 8 }), 2),
    supportedKeys: maybe(fc.array(fc.constantFrom('Email', 'LastName', 'custom.field', '__proto__'), { maxLength: 3 }), 2),
    supportedOperators: maybe(fc.subarray([...FILTER_OPERATORS], { maxLength: 6 }), 3),
    disableOrCondition: maybe(fc.boolean(), 3),
    'x-unknown': maybe(fc.jsonValue({ maxDepth: 1 }), 4),
  }));
  function listAt(depth: number): fc.Arbitrary<unknown[]> {
    const item = m
      ? fc.oneof({ weight: 12, arbitrary: inputAt(depth) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 5, 'input', [], {}, { title: 'No id' }) })
      : inputAt(depth);
    return (lists[depth] ??= fc.array(item, { minLength: depth === 0 ? 0 : 1, maxLength: depth === 0 ? shape.maxInputs : 2 }));
  }
  /** A chain nested exactly `maxDepth` deep: enum option → switch → text → …, each level with a sibling. */
  const chain = fc.array(
    fc.record({ kind: fc.constantFrom('enum', 'switch', 'text'), id: oddId, title: label, option: enumValue, sibling: maybe(inputAt(shape.maxDepth)) }),
    { minLength: shape.maxDepth + 1, maxLength: shape.maxDepth + 1 },
  ).map(buildChain);
  return { inputAt, listAt, chain };
}

interface ChainLevel { kind: string; id: string; title: string; option: string | number; sibling: unknown }

function buildChain(levels: ChainLevel[]): Raw {
  let below: unknown[] = [];
  for (const level of [...levels].reverse()) {
    const dependents = [...below, ...(level.sibling === MISSING ? [] : [level.sibling])];
    const base: Raw = { id: level.id, title: level.title };
    below = [
      level.kind === 'enum'
        ? { ...base, type: 'ENUM', values: [{ value: level.option, label: 'Deeper', dependentInputs: dependents }, 'Other'] }
        : { ...base, type: level.kind === 'switch' ? 'SWITCH' : 'TEXT', dependentInputs: dependents },
    ];
  }
  return below[0] as Raw;
}


interface RawEntry { input: Raw; ancestors: Raw[] }

/** The option objects of a raw `values` list, section items included. */
const rawOptions = (values: unknown): Raw[] =>
  Array.isArray(values)
    ? values.flatMap((v) => (isRecord(v) && Array.isArray(v.items) && !('value' in v) ? v.items : [v])).filter(isRecord)
    : [];

/** Every input object of a raw list with its ancestors (outermost first), in display order. */
function rawInputs(list: unknown, ancestors: Raw[] = [], out: RawEntry[] = []): RawEntry[] {
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isRecord(item) || ancestors.includes(item)) continue;
    out.push({ input: item, ancestors });
    const inner = [...ancestors, item];
    for (const option of rawOptions(item.values)) rawInputs(option.dependentInputs, inner, out);
    rawInputs(item.dependentInputs, inner, out);
  }
  return out;
}

const fixed = (input: Raw): boolean => !!input.hidden || !!input.readOnly;

/** Unique ids, then some ids repeated across sibling branches only (never on one path; never hidden/readOnly ones). */
function repeatIdsAcrossBranchesOnly(inputs: Raw[], bits: boolean[]): void {
  const seen = new Set<string>();
  for (const input of inputs) {
    let id = String(input.id);
    for (let n = 2; seen.has(id); n++) id = `${String(input.id)}#${n}`;
    seen.add(id);
    input.id = id;
  }
  let b = 0;
  for (const input of inputs) {
    const branches = rawOptions(input.values).map((o) => o.dependentInputs).filter((l): l is unknown[] => Array.isArray(l));
    for (const other of branches.slice(1)) {
      other.forEach((child, i) => {
        const twin = branches[0][i];
        if (isRecord(child) && isRecord(twin) && bits[b++ % bits.length] && !fixed(child) && !fixed(twin)) child.id = twin.id;
      });
    }
  }
}

/** Cycle specs: the input at `at` gets a reference to itself or an ancestor (`up`), as a dependent or in an option. */
interface CycleSpec { at: number; up: number; via: 'dependentInputs' | 'option' }

function addCycles(entries: RawEntry[], specs: CycleSpec[]): void {
  for (const { at, up, via } of specs) {
    if (!entries.length) return;
    const { input, ancestors } = entries[at % entries.length];
    const chain = [...ancestors, input];
    const target = chain[up % chain.length];
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    if (via === 'dependentInputs') input.dependentInputs = [...list(input.dependentInputs), target];
    else input.values = [...list(input.values), { value: 'Loop', label: 'Loop', dependentInputs: [target] }];
  }
}

const fullShape = (shape: SchemaShape): Required<SchemaShape> =>
  ({ malformed: false, cycles: false, hiddenReadOnly: false, maxDepth: 6, maxInputs: 4, ...shape });

/** Generated Actions of one shape (see `SchemaShape`); not every one is a valid `ParagonAction`. */
export function actionArb(shape: SchemaShape = {}): fc.Arbitrary<ParagonAction> {
  const s = fullShape(shape);
  const { listAt, chain } = schemaArbitraries(s);
  return fc.record({
    name: fc.constantFrom('PROPS_ACTION', 'SLACK_SEND_MESSAGE'),
    title: label,
    description: maybe(label, 2),
    inputs: withJunk(s.malformed, listAt(0), [MISSING, 'inputs', {}, null]),
    chain: maybe(chain, 3),
    bits: fc.array(fc.boolean(), { maxLength: 8 }),
    cycles: s.cycles
      ? fc.array(fc.record({ at: fc.nat(), up: fc.nat(), via: fc.constantFrom<CycleSpec['via']>('dependentInputs', 'option') }), { minLength: 1, maxLength: 2 })
      : fc.constant<CycleSpec[]>([]),
  }).map(({ chain: deep, bits, cycles, ...rest }) => {
    const action = build(rest) as Raw;
    if (deep !== MISSING && Array.isArray(action.inputs)) action.inputs.push(build(deep));
    const entries = rawInputs(action.inputs);
    if (!s.malformed) repeatIdsAcrossBranchesOnly(entries.map((e) => e.input), bits);
    addCycles(entries, cycles);
    return action as unknown as ParagonAction;
  });
}

/** One generated Action with `count` top-level inputs (some with one level of dependents); same seed, same schema. */
export function largeAction(count = 5000, seed = 5000): ParagonAction {
  const { inputAt } = schemaArbitraries(fullShape({ hiddenReadOnly: true, maxDepth: 1 }));
  const inputs = build(fc.sample(inputAt(0), { numRuns: count, seed })) as Raw[];
  repeatIdsAcrossBranchesOnly(rawInputs(inputs).map((e) => e.input), [true, false]);
  return { name: 'LARGE_ACTION', title: `${count} inputs`, inputs } as unknown as ParagonAction;
}
