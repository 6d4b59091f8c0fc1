import fc from 'fast-check';
import '../support/fastCheckSeed';
import { describe, expect, test, vi } from 'vitest';
import {
  activeInputs,
  activeNodes,
  collectParameters,
  compileAction,
  effectiveType,
  initialFormValues,
  restoreValues,
  revealsDependents,
  validateParameters,
  valueKindOf,
  type CompiledAction,
  type InputNode,
  type ParagonAction,
} from '../../src/schema';
import { hasVariableToken, isEnumValue, isRecord } from '../../src/schema/guards';
import { hasOwn } from '../../src/schema/options';
import { actionArb, actionWithValues, allNodes, largeAction, valuesFor } from '../support/arbitraries';

// 1,000 generated cases per property: seconds each, more on a loaded 2-core machine
vi.setConfig({ testTimeout: 60_000 });

const RUNS = { numRuns: 1000 };
/** Anything goes: junk entries and fields, ids repeated anywhere, cycles, hidden/readOnly. */
const anySchema = actionArb({ malformed: true, cycles: true, hiddenReadOnly: true });
/** Structurally sound schemas whose ids repeat only across sibling branches, as in real Actions. */
const soundSchema = actionArb({ hiddenReadOnly: true });

const byId = (values: Record<string, unknown>) => (node: InputNode) => (hasOwn(values, node.input.id) ? values[node.input.id] : undefined);
/** Parameters as the Run request carries them (JSON: `-0` is `0`). */
const asSent = (parameters: object): unknown => JSON.parse(JSON.stringify(parameters));
const FORMAT_MESSAGE = /must be (a number|an email address|a URL|valid JSON)/;

describe('compileAction', () => {
  test('never throws on any generated schema (malformed, cyclic, not even an object) and reports problems as readable strings', () => {
    const schemaOrJunk = fc.oneof({ weight: 9, arbitrary: anySchema }, { weight: 1, arbitrary: fc.anything() as fc.Arbitrary<ParagonAction> });
    fc.assert(fc.property(schemaOrJunk, (action) => {
      const compiled = compileAction(action);
      for (const problem of compiled.problems) {
        expect(typeof problem).toBe('string');
        expect(problem).toMatch(/\S/);
        expect(problem).not.toMatch(/\[object |undefined|NaN/);
      }
      if (typeof action !== 'object' || action === null || Array.isArray(action)) return void expect(compiled.problems).not.toEqual([]);
      const inputs: unknown = (action as { inputs?: unknown }).inputs;
      const skipped = Array.isArray(inputs) && inputs.some((i) => typeof i !== 'object' || i === null || typeof (i as { id?: unknown }).id !== 'string' || (i as { id: string }).id === '');
      if (skipped || (inputs !== undefined && !Array.isArray(inputs))) expect(compiled.problems).not.toEqual([]);
    }), RUNS);
  });

  test('gives every input position a unique internal key that is safe as a form path', () => {
    fc.assert(fc.property(anySchema, (action) => {
      const keys = allNodes(compileAction(action).nodes).map((n) => n.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^f:[A-Za-z0-9_%/~-]*$/); // no dots, brackets, quotes or pipes
    }), RUNS);
  });
});

describe('collectParameters', () => {
  test('sends only ids of active inputs, never undefined, null or blank text, and every active boolean', () => {
    fc.assert(fc.property(actionWithValues(anySchema, { junk: true }), ({ action, values }) => {
      const parameters = collectParameters(action, values);
      const active = activeInputs(action, values);
      const activeIds = new Set(active.map((i) => i.id));
      for (const [id, value] of Object.entries(parameters)) {
        expect(activeIds).toContain(id);
        expect(value).not.toBeUndefined();
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
      }
      for (const value of Object.values(asSent(parameters) as object)) expect(value).not.toBeNull(); // as sent: NaN would be null
      for (const input of active) {
        if (valueKindOf(effectiveType(input)) === 'boolean') expect(hasOwn(parameters, input.id)).toBe(true);
      }
    }), RUNS);
  });
});

describe('collectParameters: EnumTextAreaPairInput', () => {
  const isRow = (r: unknown): r is { key: unknown; text: unknown } => typeof r === 'object' && r !== null && 'key' in r && 'text' in r;

  test('sends every complete row (a key and non-blank text) under its key, the last row per key winning, and nothing else', () => {
    fc.assert(fc.property(actionWithValues(soundSchema), ({ action, values }) => {
      const parameters = collectParameters(action, values);
      for (const input of activeInputs(action, values)) {
        const rows = values[input.id];
        if (valueKindOf(effectiveType(input)) !== 'pair' || !Array.isArray(rows) || !rows.every(isRow)) continue;
        const expected = new Map<string, unknown>();
        for (const { key, text } of rows) if (key !== '' && key != null && typeof text === 'string' && text.trim() !== '') expected.set(String(key), text);
        if (!expected.size) expect(hasOwn(parameters, input.id)).toBe(false);
        else expect(Object.entries(parameters[input.id] as object).sort()).toEqual([...expected].sort());
      }
    }), RUNS);
  });
});

describe('restoreValues then collectParameters', () => {
  test('gives back p = collectParameters(values), as sent (JSON), for every p the form can produce (hidden/readOnly inputs hold their defaults), on schemas whose ids repeat only across sibling branches', () => {
    fc.assert(fc.property(actionWithValues(soundSchema, { formReachable: true }), ({ action, values }) => {
      const parameters = collectParameters(action, values);
      expect(asSent(collectParameters(action, restoreValues(action, parameters)))).toEqual(asSent(parameters));
    }), RUNS);
  });

  test('for any values, even junk: q = collect(restore(p)) keeps every key of p, adds only hidden/readOnly defaults and booleans (and what they reveal), and is a fixed point', () => {
    fc.assert(fc.property(actionWithValues(soundSchema, { junk: true }), ({ action, values }) => {
      const p = asSent(collectParameters(action, values)) as Record<string, unknown>;
      const q = asSent(collectParameters(action, restoreValues(action, p))) as Record<string, unknown>;
      for (const id of Object.keys(p)) expect(hasOwn(q, id)).toBe(true); // values may be normalized (an object given to an ENUM comes back as its JSON text)
      const qActive = activeInputs(action, q);
      for (const id of Object.keys(q).filter((k) => !hasOwn(p, k))) {
        expect(qActive.some((i) => i.id === id && (i.hidden || i.readOnly || valueKindOf(effectiveType(i)) === 'boolean'))
          || revealedByFixedDefault(compileAction(action), id, q)).toBe(true);
      }
      expect(asSent(collectParameters(action, restoreValues(action, q)))).toEqual(q);
    }), RUNS);
  });
});

/** Whether the input `id` sits below a hidden/readOnly input on the active path of `values`. */
function revealedByFixedDefault(compiled: CompiledAction, id: string, values: Record<string, unknown>): boolean {
  let found = false;
  const visit = (nodes: InputNode[], underFixed: boolean) => {
    for (const node of nodes) {
      const value = byId(values)(node);
      if (underFixed && node.input.id === id) found = true;
      const fixed = underFixed || !!node.input.hidden || !!node.input.readOnly;
      const branch = isEnumValue(value) && String(value).trim() !== '' ? node.branches.get(String(value)) : undefined;
      if (branch) visit(branch, fixed);
      if (revealsDependents(node.input, node.type, value)) visit(node.dependents, fixed);
    }
  };
  visit(compiled.nodes, false);
  return found;
}

describe('a generated 5,000-input schema (one dedicated case)', () => {
  test('compiles without problems, and restore-then-collect gives its parameters back', () => {
    const action = largeAction(5000);
    expect(compileAction(action).problems).toEqual([]);
    const values = fc.sample(valuesFor(action, { formReachable: true }), { numRuns: 1, seed: 5000 })[0];
    const parameters = collectParameters(action, values);
    expect(Object.keys(parameters).length).toBeGreaterThan(2500);
    expect(asSent(collectParameters(action, restoreValues(action, parameters)))).toEqual(asSent(parameters));
  }, 60_000); // one large case: 5,000 inputs take seconds on a loaded 2-core machine
});

describe('initialFormValues', () => {
  const isRow = (r: unknown) => isRecord(r) && (r.key === '' || isEnumValue(r.key)) && typeof r.text === 'string';
  const isFilterRow = (r: unknown) => isRecord(r) && typeof r.field === 'string' && typeof r.operator === 'string';
  /** The value shape each kind of control edits. */
  const shapeOk = (kind: string, v: unknown): boolean => {
    switch (kind) {
      case 'boolean': return typeof v === 'boolean';
      case 'enum': return v === null || typeof v === 'string' || isEnumValue(v);
      case 'pair': return Array.isArray(v) && v.every(isRow);
      case 'filter': return Array.isArray(v) && v.every((rows) => Array.isArray(rows) && rows.every(isFilterRow));
      case 'raw': return true; // the fallback editor shows any value as JSON
      default: return typeof v === 'string';
    }
  };

  test('hands every control a value of its own shape, from schema defaults and from any saved junk', () => {
    fc.assert(fc.property(actionWithValues(anySchema, { junk: true }), ({ action, values }) => {
      const compiled = compileAction(action);
      for (const initial of [initialFormValues(compiled), initialFormValues(compiled, values)]) {
        for (const node of allNodes(compiled.nodes)) expect(shapeOk(valueKindOf(node.type), initial[node.key]), `${node.type} ${JSON.stringify(initial[node.key])}`).toBe(true);
      }
    }), RUNS);
  });
});

describe('validateParameters', () => {
  test('never throws, keys only active input ids, and a value holding a {{…}} token never fails a format check', () => {
    const parametersOrJunk = actionWithValues(anySchema, { junk: true }).chain(({ action, values }) =>
      fc.constantFrom(values, collectParameters(action, values)).map((parameters) => ({ action, parameters })));
    fc.assert(fc.property(parametersOrJunk, ({ action, parameters }) => {
      const errors = validateParameters(action, parameters);
      const active = activeInputs(action, parameters);
      for (const [id, message] of Object.entries(errors)) {
        expect(active.map((i) => i.id)).toContain(id);
        expect(typeof message).toBe('string');
        if (hasVariableToken(parameters[id])) expect(message).not.toMatch(FORMAT_MESSAGE);
      }
    }), RUNS);
  });

  test('never reports a hidden or readOnly input (SPEC §5: the user cannot fix them)', () => {
    fc.assert(fc.property(actionWithValues(anySchema, { junk: true }), ({ action, values }) => {
      const errors = validateParameters(action, values);
      const active = activeInputs(action, values);
      for (const id of Object.keys(errors)) expect(active.some((i) => i.id === id && !i.hidden && !i.readOnly)).toBe(true);
    }), RUNS);
  });

  test('a token satisfies required and every format check of text, number, enum and code inputs', () => {
    const withTokens = soundSchema.chain((action) => {
      const ids = [...new Set(allNodes(compileAction(action).nodes).map((n) => n.input.id))];
      return fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), fc.constantFrom('{{1.output.id}}', 'Hi {{settings.owner}}'))))
        .map((pairs) => ({ action, parameters: Object.fromEntries(pairs) as Record<string, unknown> }));
    });
    fc.assert(fc.property(withTokens, ({ action, parameters }) => {
      const errors = validateParameters(action, parameters);
      for (const input of activeInputs(action, parameters)) {
        const kind = valueKindOf(effectiveType(input));
        if (['text', 'number', 'enum', 'code', 'raw'].includes(kind)) expect(hasOwn(errors, input.id) ? errors[input.id] : undefined).toBeUndefined();
      }
    }), RUNS);
  });
});

describe('activeInputs', () => {
  /** The display order: each input, then its chosen option's dependents (blank text chooses none), then its own dependents while it has a value. */
  function displayed(nodes: InputNode[], values: Record<string, unknown>, out: InputNode[] = []): InputNode[] {
    for (const node of nodes) {
      out.push(node);
      const value = byId(values)(node);
      const branch = isEnumValue(value) && String(value).trim() !== '' ? node.branches.get(String(value)) : undefined;
      if (branch) displayed(branch, values, out);
      if (revealsDependents(node.input, node.type, value)) displayed(node.dependents, values, out);
    }
    return out;
  }

  test('lists the inputs in display order, each dependent after its parent and only while the parent\'s value is sent', () => {
    fc.assert(fc.property(actionWithValues(anySchema, { junk: true }), ({ action, values }) => {
      const compiled = compileAction(action);
      const parameters = collectParameters(action, values);
      const nodes = activeNodes(compiled, byId(values));
      expect(activeInputs(action, values)).toEqual(nodes.map((n) => n.input));
      expect(nodes.map((n) => n.key)).toEqual(displayed(compiled.nodes, values).map((n) => n.key));
      const parentOf = new Map<InputNode, InputNode>();
      for (const node of allNodes(compiled.nodes)) for (const child of [...[...node.branches.values()].flat(), ...node.dependents]) parentOf.set(child, node);
      nodes.forEach((node, i) => {
        const parent = parentOf.get(node);
        if (!parent) return void expect(compiled.nodes).toContain(node);
        expect(nodes.slice(0, i)).toContain(parent);
        expect(hasOwn(parameters, parent.input.id)).toBe(true);
      });
      for (const root of compiled.nodes) expect(nodes).toContain(root);
    }), RUNS);
  });
});
