import { describe, expect, test } from 'vitest';
import { activeInputs, collectParameters, restoreValues, validateParameters, type ParagonAction } from '../../src/schema';

// Minimal examples shrunk from the properties in properties.test.ts; each failed before its fix.
const one = (input: Record<string, unknown>): ParagonAction => ({ name: 'X', title: 'X', inputs: [{ id: 'v', title: 'V', ...input } as never] });

describe('CONDITIONAL values that are not drafts', () => {
  const filter = one({ type: 'CONDITIONAL', required: true, dependentInputs: [{ id: 'd', type: 'TEXT', title: 'D' }] });
  const bare = [{ field: 'Email', operator: '$exists' }];

  test('a bare list of conditions (a saved filter without its OR/AND wrapper) is sent as one AND group, like restoring it', () => {
    const sent = { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Email', operator: '$exists' }] }] };
    expect(collectParameters(filter, { v: bare })).toEqual({ v: sent });
    expect(collectParameters(filter, restoreValues(filter, { v: bare }))).toEqual({ v: sent });
    expect(validateParameters(filter, { v: bare })).toEqual({});
    expect(activeInputs(filter, { v: bare }).map((i) => i.id)).toEqual(['v', 'd']);
  });

  test('rows that are not objects, or whose field is not text, are incomplete and dropped', () => {
    expect(collectParameters(filter, { v: [[null, 5, 'x']] })).toEqual({});
    expect(collectParameters(filter, { v: [[{ field: 5, operator: '$exists' }]] })).toEqual({});
    expect(validateParameters(filter, { v: [[null]] })).toEqual({ v: 'V needs at least one complete condition' });
  });
});

describe('EnumTextAreaPairInput', () => {
  const pairs = one({ type: 'EnumTextAreaPairInput', values: ['__proto__', 'constructor', 'A'] });

  test('a row keyed "__proto__" is sent like any other key', () => {
    const parameters = collectParameters(pairs, { v: [{ key: '__proto__', text: 'x' }, { key: 'constructor', text: 'y' }] });
    expect(Object.keys(parameters.v as object)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(parameters.v, '__proto__')?.value).toBe('x');
  });

  test('a saved object drops incomplete entries (empty key, blank text), as restoring it does', () => {
    expect(collectParameters(pairs, { v: { '': 'x', A: '  ' } })).toEqual({});
    expect(collectParameters(pairs, { v: { A: 'a', '': 'x' } })).toEqual({ v: { A: 'a' } });
  });
});

describe('empty values that JSON would send as "" or null', () => {
  test('a JSON CODE field holding the JSON text null, "" or "  " is empty: omitted, as restoring reads it', () => {
    const code = one({ type: 'CODE', language: 'json' });
    for (const text of ['null', '""', '"  "', ' null ']) {
      expect(collectParameters(code, { v: text })).toEqual({});
      expect(collectParameters(code, restoreValues(code, collectParameters(code, { v: text })))).toEqual({});
    }
    expect(collectParameters(code, { v: '"abc"' })).toEqual({ v: 'abc' });
  });

  test('NaN and Infinity given to an ENUM or an unknown type are empty (JSON would send null)', () => {
    for (const type of ['ENUM', 'FANCY_NEW_TYPE', 'TEXT']) {
      const action = one({ type, values: [1] });
      expect(collectParameters(action, { v: Number.NaN })).toEqual({});
      expect(collectParameters(action, { v: Number.POSITIVE_INFINITY })).toEqual({});
    }
  });
});

describe('an ENUM option whose value is blank text', () => {
  const blank = one({ type: 'ENUM', values: [{ value: ' ', label: 'Blank', dependentInputs: [{ id: 't', type: 'SWITCH', title: 'T' }] }, 'A'] });

  test('choosing it sends nothing, so it reveals nothing (its dependents were sent without their parent, and lost on restore)', () => {
    expect(activeInputs(blank, { v: ' ' }).map((i) => i.id)).toEqual(['v']);
    expect(collectParameters(blank, { v: ' ' })).toEqual({});
    expect(collectParameters(blank, restoreValues(blank, collectParameters(blank, { v: ' ' })))).toEqual({});
  });
});

describe('restoring an EnumTextAreaPairInput from a list that is not rows', () => {
  test('gives its control rows only (a default of [null] crashed the control)', () => {
    const pairs = one({ type: 'EnumTextAreaPairInput', values: ['A'], hidden: true, defaultValue: [null, 'x', { key: 'A', text: 1 }, { key: {}, text: 't' }] });
    expect(restoreValues(pairs, {})).toEqual({ v: [{ key: 'A', text: '1' }, { key: '', text: 't' }] });
    expect(restoreValues(pairs, { v: [null] })).toEqual({ v: [] });
  });
});

describe('hidden and readOnly inputs', () => {
  test('are never validated: a hidden required input without a value and a readOnly malformed URL pass', () => {
    const action: ParagonAction = {
      name: 'X',
      title: 'X',
      inputs: [
        { id: 'h', type: 'EMAIL', title: 'H', required: true, hidden: true },
        { id: 'r', type: 'URL', title: 'R', readOnly: true },
        { id: 'v', type: 'TEXT', title: 'V', required: true },
      ],
    };
    expect(validateParameters(action, {})).toEqual({ v: 'V is required' });
    expect(validateParameters(action, { h: 'nope', r: 'nope', v: 'ok' })).toEqual({});
  });
});
