/** fast-check arbitraries for the values a user (or a careless host) could hold for an Action's inputs. */
import fc from 'fast-check';
import {
  compileAction,
  defaultFormValue,
  flattenOptions,
  FILTER_OPERATORS,
  toParameterValue,
  valueKindOf,
  type FilterDraft,
  type InputNode,
  type ParagonAction,
} from '../../src/schema';
import { setOwn } from '../../src/schema/options';
import { MISSING, build, maybe } from './arbitraryHelpers';

/** What kind of values to generate. */
export interface ValueShape {
  /** Also wrong-typed values of every kind (`NaN`, objects for text, bare filter lists…). */
  junk?: boolean;
  /**
   * Hidden and readOnly inputs hold what the form gives them (their schema default), as the
   * user cannot change them. Otherwise they get values like any other input.
   */
  formReachable?: boolean;
}

/** Every node of a compiled tree, depth first (branches before input-level dependents). */
export function allNodes(nodes: InputNode[]): InputNode[] {
  return nodes.flatMap((n) => [n, ...[...n.branches.values()].flatMap(allNodes), ...allNodes(n.dependents)]);
}

const TEXT_SAMPLES = [
  '', ' ', '  \n ', 'hello', ' padded ', 'a@b.co', 'not an email', 'https://example.com/a?b=1', 'ftp://example.com',
  'example.com', '{{1.output.email}}', 'Hi {{settings.owner}}', '{{', '<b>html</b>', 'multi\nline', '42', '-7', '1e3',
  'true', 'null', '{"a":1}', '[1,2]', '__proto__', 'Ünïcødé 名前 🙂',
];
/** Text a user could type: blanks, tokens, near-misses of each format, unicode. */
export const textValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEXT_SAMPLES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
);
const numberValue = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer().map(String),
  fc.constantFrom('', ' ', ' 42 ', '1e3', '0x1f', '1.5', 'abc', '12abc', '{{1.count}}', '1,5', 'Infinity'),
);
const TOKENS = ['{{1.output.id}}', 'Hi {{settings.owner}}', '{{'];
const tokenText = fc.constantFrom(...TOKENS);

function enumChoice(options: unknown[]): fc.Arbitrary<unknown> {
  const chosen = options.length ? fc.constantFrom(...options) : fc.constant(null);
  return fc.oneof(
    { weight: 8, arbitrary: chosen },
    { weight: 1, arbitrary: chosen.map((v) => (v === null ? v : String(v))) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, '', 'Not an option', ...TOKENS) },
  );
}

function pairValue(keys: unknown[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(keys.length ? fc.constantFrom(...keys) : fc.constant('A'), fc.constantFrom('', 'Custom', '__proto__'));
  const rows = fc.array(fc.record({ key, text: textValue }), { maxLength: 4 });
  const saved = fc.array(fc.tuple(key.map(String), textValue.filter((t) => t.trim() !== '')), { maxLength: 3 })
    .map((entries) => entries.reduce<Record<string, unknown>>((o, [k, t]) => (setOwn(o, k, t), o), {}));
  return fc.oneof(rows, saved);
}

function filterValue(keys: unknown): fc.Arbitrary<unknown> {
  const known = Array.isArray(keys) && keys.length ? keys : ['Email'];
  const condition = fc.record({
    field: fc.oneof(fc.constantFrom(...known), fc.constantFrom('', ' ', 'Email', 'custom.field')),
    operator: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FILTER_OPERATORS) }, { weight: 1, arbitrary: fc.constant('') }),
    value: maybe(fc.oneof(textValue, fc.integer(), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), fc.constantFrom('a, b', '5', '2024-05-01', '{{1.x}}'))),
  }).map(build);
  const draft = fc.array(fc.array(condition, { maxLength: 3 }), { maxLength: 3 }) as fc.Arbitrary<FilterDraft>;
  const saved = draft.map((d) => ({ operator: 'OR', conditions: d.map((rows) => ({ operator: 'AND', conditions: rows })) }));
  return fc.oneof(draft, saved);
}

/** What the control of this input could hold, in the form's shape or the saved parameter's shape. */
function userValue(node: InputNode): fc.Arbitrary<unknown> {
  const options = flattenOptions(node.groups).map((o) => o.value);
  switch (valueKindOf(node.type)) {
    case 'text': return textValue;
    case 'number': return numberValue;
    case 'boolean': return fc.constantFrom(true, false, 'true', 'false');
    case 'enum': return enumChoice(options);
    case 'code': return node.input.language === 'json' ? fc.oneof(fc.json({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), textValue) : textValue;
    case 'pair': return pairValue(options);
    case 'filter': return filterValue(node.input.supportedKeys);
    default: return fc.oneof(textValue, fc.json({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }));
  }
}

const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, Number.NaN, Infinity, -0, '', '   ', [], {}, [1], [[null]], [null], ['a'],
    [{ field: 'a', operator: '$exists' }], { operator: 'AND', conditions: 5 }, { operator: 'OR', conditions: [null] }, { a: '' }, { a: 5 }, tokenText),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2 }),
);

/** The parameter a hidden/readOnly node's default sends, if any (the form holds it; the user cannot clear it). */
const fixedDefault = (node: InputNode): unknown =>
  (node.input.hidden || node.input.readOnly) && toParameterValue(node.input, node.type, defaultFormValue(node.input, node.type)) !== undefined
    ? defaultFormValue(node.input, node.type)
    : MISSING;

/** Values keyed by input id for an Action (ids shared by several inputs get one value, as in the flat parameters). */
export function valuesFor(action: ParagonAction, shape: ValueShape = {}): fc.Arbitrary<Record<string, unknown>> {
  const byId = new Map<string, InputNode[]>();
  for (const node of allNodes(compileAction(action).nodes)) byId.set(node.input.id, [...(byId.get(node.input.id) ?? []), node]);
  const entries = [...byId].map(([id, nodes]) => {
    const fixed = shape.formReachable ? nodes.map(fixedDefault).find((v) => v !== MISSING) : undefined;
    const value = fc.constantFrom(...nodes).chain((node) => (shape.junk ? fc.oneof({ weight: 3, arbitrary: userValue(node) }, { weight: 1, arbitrary: junkValue }) : userValue(node)));
    return fc.tuple(fc.constant(id), fixed !== undefined ? fc.constant(fixed) : maybe(value, 1));
  });
  return fc.tuple(...entries).map((pairs) => {
    const out: Record<string, unknown> = {};
    for (const [id, v] of pairs) if (v !== MISSING) setOwn(out, id, v);
    return out;
  });
}

/** A generated Action together with values for it. */
export const actionWithValues = (schemas: fc.Arbitrary<ParagonAction>, shape: ValueShape = {}) =>
  schemas.chain((action) => fc.record({ action: fc.constant(action), values: valuesFor(action, shape) }));
