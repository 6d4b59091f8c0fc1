import { describe, expect, test } from 'vitest';
import {
  activeInputs,
  collectParameters,
  compileAction,
  effectiveType,
  isVariableModeValue,
  offersVariableMode,
  restoreValues,
  toFormValue,
  toParameterValue,
  validateParameters,
  valueKindOf,
  type ParagonAction,
  type ParagonInput,
} from '../../src/schema';

const input = (extra: Partial<ParagonInput>): ParagonInput => ({ id: 'v', title: 'V', type: 'TEXT', ...extra }) as ParagonInput;
const one = (extra: Partial<ParagonInput>): ParagonAction => ({ name: 'ONE', title: 'One', inputs: [input(extra)] });
const roundTrip = (extra: Partial<ParagonInput>, saved: unknown) => {
  const i = input(extra);
  const type = effectiveType(i);
  return toParameterValue(i, type, toFormValue(valueKindOf(type), saved, i));
};

const options = { values: [{ value: 'low', label: 'Low' }, { value: 'high', label: 'High' }] };
const dynamic = { valuesSource: { sourceType: 'owners', dependencies: [] } } as Partial<ParagonInput>;

describe('a token in a mode input round-trips: toFormValue keeps it, toParameterValue sends it verbatim', () => {
  test.each<[string, Partial<ParagonInput>]>([
    ['ENUM', { type: 'ENUM', ...options }],
    ['DYNAMIC_ENUM', { type: 'DYNAMIC_ENUM', ...dynamic }],
    ['ENUM with a valuesSource', { type: 'ENUM', ...dynamic }],
    ['EDITABLE_ENUM', { type: 'EDITABLE_ENUM', ...options }],
    ['EDITABLE_DYNAMIC_ENUM', { type: 'EDITABLE_DYNAMIC_ENUM', ...dynamic }],
    ['BOOLEAN_INPUT', { type: 'BOOLEAN_INPUT' }],
    ['SWITCH', { type: 'SWITCH', defaultValue: true }],
  ])('%s', (_name, extra) => {
    for (const token of ['{{1.output.owner}}', ' {{settings.flag}} ', 'x-{{1.id}}']) expect(roundTrip(extra, token)).toBe(token);
  });
});

describe('booleans', () => {
  test.each<[unknown, unknown]>([
    [true, true],
    [false, false],
    ['true', true],
    ['false', false],
    ['', false],
    ['  ', false],
    [null, false],
    ['{{1.isUrgent}}', '{{1.isUrgent}}'],
  ])('form value %j is sent as %j', (value, expected) => {
    expect(toParameterValue(input({ type: 'SWITCH' }), 'SWITCH', value)).toBe(expected);
  });

  test('a saved non-token string still reads as a boolean', () => {
    expect(toFormValue('boolean', 'yes')).toBe(false);
    expect(toFormValue('boolean', 'true')).toBe(true);
  });
});

describe('NUMBER and CODE', () => {
  test.each<[string, Partial<ParagonInput>, unknown, unknown]>([
    ['NUMBER token is text', { type: 'NUMBER' }, '{{1.count}}', '{{1.count}}'],
    ['NUMBER with a token inside is text', { type: 'NUMBER' }, '1{{1.count}}', '1{{1.count}}'],
    ['NUMBER number', { type: 'NUMBER' }, 3, 3],
    ['CODE json: token inside a string parses', { type: 'CODE', language: 'json' }, '{"email": "{{1.email}}"}', { email: '{{1.email}}' }],
    ['CODE json: a parsed object with tokens keeps them', { type: 'CODE', language: 'json' }, { to: ['{{1.a}}', '{{1.b}}'] }, { to: ['{{1.a}}', '{{1.b}}'] }],
    ['CODE json: bare token is the text', { type: 'CODE', language: 'json' }, '{"n": {{1.count}} }', '{"n": {{1.count}} }'],
    ['CODE json: the whole value a token', { type: 'CODE', language: 'json' }, '{{1.body}}', '{{1.body}}'],
    ['CODE js: text as is', { type: 'CODE', language: 'javascript' }, 'return {{1.x}};', 'return {{1.x}};'],
  ])('%s', (_name, extra, saved, expected) => {
    expect(roundTrip(extra, saved)).toEqual(expected);
  });
});

describe('validation: a token satisfies required and every format check', () => {
  test.each<[string, Partial<ParagonInput>, unknown]>([
    ['required ENUM', { type: 'ENUM', required: true, ...options }, '{{1.priority}}'],
    ['required DYNAMIC_ENUM', { type: 'DYNAMIC_ENUM', required: true, ...dynamic }, '{{1.owner}}'],
    ['required EDITABLE_ENUM', { type: 'EDITABLE_ENUM', required: true, ...options }, '{{1.owner}}'],
    ['required SWITCH', { type: 'SWITCH', required: true }, '{{1.flag}}'],
    ['required TEXT', { type: 'TEXT', required: true }, '{{1.name}}'],
    ['EMAIL', { type: 'EMAIL', required: true }, '{{1.output.contact.email}}'],
    ['URL', { type: 'URL' }, 'https://{{settings.host}}/x'],
    ['NUMBER', { type: 'NUMBER', required: true }, '{{1.count}}'],
    ['CODE json, bare token', { type: 'CODE', language: 'json', required: true }, '{"n": {{1.count}}}'],
  ])('%s', (_name, extra, value) => {
    const action = one(extra);
    expect(validateParameters(action, { v: value })).toEqual({});
    expect(validateParameters(action, collectParameters(action, { v: value }))).toEqual({});
  });

  test('without a token the same inputs still fail', () => {
    expect(validateParameters(one({ type: 'ENUM', required: true, ...options }), {})).toEqual({ v: 'V is required' });
    expect(validateParameters(one({ type: 'EMAIL' }), { v: 'not-an-email' })).toEqual({ v: 'V must be an email address' });
    expect(validateParameters(one({ type: 'NUMBER' }), { v: 'abc' })).toEqual({ v: 'V must be a number' });
    expect(validateParameters(one({ type: 'CODE', language: 'json' }), { v: '{"n": 1' }).v).toMatch(/^V must be valid JSON/);
  });
});

describe('the pure functions agree with the form on tokens', () => {
  const action: ParagonAction = {
    name: 'ACME',
    title: 'Acme',
    inputs: [
      { id: 'recordType', title: 'Record type', type: 'ENUM', values: [{ value: 'Task', dependentInputs: [{ id: 'subject', title: 'Subject', type: 'TEXT' }] }, { value: 'Note' }] },
      { id: 'priority', title: 'Priority', type: 'ENUM', required: true, ...options },
      { id: 'urgent', title: 'Urgent', type: 'SWITCH' },
      { id: 'count', title: 'Count', type: 'NUMBER' },
    ],
  };
  const saved = { recordType: 'Task', subject: 'Hi {{1.name}}', priority: '{{settings.priority}}', urgent: '{{1.urgent}}', count: '{{1.count}}' };

  test('collectParameters(restoreValues(p)) gives p back; nothing fails validation', () => {
    expect(collectParameters(action, restoreValues(action, saved))).toEqual(saved);
    expect(validateParameters(action, saved)).toEqual({});
    expect(activeInputs(action, saved).map((i) => i.id)).toEqual(['recordType', 'subject', 'priority', 'urgent', 'count']);
  });

  test('a token for a branching enum chooses no branch', () => {
    const params = { ...saved, recordType: '{{1.type}}' };
    expect(activeInputs(action, params).map((i) => i.id)).toEqual(['recordType', 'priority', 'urgent', 'count']);
    expect(collectParameters(action, params)).toEqual({ recordType: '{{1.type}}', priority: '{{settings.priority}}', urgent: '{{1.urgent}}', count: '{{1.count}}' });
  });

  test('offersVariableMode: enums and booleans whose choices open no branch', () => {
    const compiled = compileAction({
      ...action,
      inputs: [...(action.inputs ?? []), { id: 'notify', title: 'Notify', type: 'BOOLEAN_INPUT', dependentInputs: [{ id: 'who', title: 'Who', type: 'TEXT' }] }, { id: 'owner', title: 'Owner', type: 'EDITABLE_ENUM', ...dynamic }],
    });
    expect(compiled.nodes.filter(offersVariableMode).map((n) => n.input.id)).toEqual(['priority', 'urgent', 'owner']);
  });

  test('isVariableModeValue: any text for a boolean; for an enum a token that is no option', () => {
    const compiled = compileAction({ ...action, inputs: [...(action.inputs ?? []), { id: 'odd', title: 'Odd', type: 'ENUM', values: ['{{literal}}', 'b'] }] });
    const node = (id: string) => [...compiled.byKey.values()].find((n) => n.input.id === id)!;
    expect(isVariableModeValue(node('priority'), '{{x}}')).toBe(true);
    expect(isVariableModeValue(node('priority'), 'low')).toBe(false);
    expect(isVariableModeValue(node('priority'), null)).toBe(false);
    expect(isVariableModeValue(node('odd'), '{{literal}}')).toBe(false);
    expect(isVariableModeValue(node('urgent'), '')).toBe(true);
    expect(isVariableModeValue(node('urgent'), false)).toBe(false);
  });
});
