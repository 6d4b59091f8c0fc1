import { describe, expect, test } from 'vitest';
import {
  defaultFormValue,
  effectiveType,
  emptyFormValue,
  isKnownInputType,
  KNOWN_INPUT_TYPES,
  revealsDependents,
  sourceTypeOf,
  toFormValue,
  toParameterValue,
  valueKindOf,
  type ParagonInput,
  type ValueKind,
} from '../../src/schema';

const input = (extra: Partial<ParagonInput> = {}): ParagonInput => ({ id: 'v', title: 'V', type: 'TEXT', ...extra });

describe('effectiveType / valueKindOf / sourceTypeOf', () => {
  test.each<[Partial<ParagonInput>, string]>([
    [{ type: 'ENUM' }, 'ENUM'],
    [{ type: 'ENUM', valuesSource: { sourceType: 'owners' } }, 'DYNAMIC_ENUM'],
    [{ type: 'ENUM', sourceType: 'owners' }, 'DYNAMIC_ENUM'],
    [{ type: 'EDITABLE_ENUM' }, 'EDITABLE_ENUM'],
    [{ type: 'EDITABLE_ENUM', valuesSource: { sourceType: 'owners' } }, 'EDITABLE_DYNAMIC_ENUM'],
    [{ type: 'DYNAMIC_ENUM' }, 'DYNAMIC_ENUM'],
    [{ type: 'CONDITIONAL' }, 'CONDITIONAL'],
    [{ type: 'CONDITIONAL', supportedKeysSource: { sourceType: 'cols' } }, 'DYNAMIC_CONDITIONAL'],
    [{ type: 'TEXT', valuesSource: { sourceType: 'x' } }, 'TEXT'],
    [{ type: 'FILE' }, 'FILE'],
  ])('%j → %s', (extra, expected) => {
    expect(effectiveType(input(extra))).toBe(expected);
  });

  test.each<[Partial<ParagonInput>, string | undefined]>([
    [{ valuesSource: { sourceType: 'a', dependencies: ['x'] } }, 'a'],
    [{ sourceType: 'b' }, 'b'],
    [{ valuesSource: { sourceType: 'a' }, sourceType: 'b' }, 'a'],
    [{ sourceType: 5 as unknown as string }, undefined],
    [{}, undefined],
  ])('sourceTypeOf %j → %s', (extra, expected) => {
    expect(sourceTypeOf(input(extra))).toBe(expected);
  });

  test('every known type has a kind; unknown types are raw', () => {
    expect(Object.fromEntries(KNOWN_INPUT_TYPES.map((t) => [t, valueKindOf(t)]))).toEqual({
      ENUM: 'enum',
      DYNAMIC_ENUM: 'enum',
      EDITABLE_ENUM: 'enum',
      EDITABLE_DYNAMIC_ENUM: 'enum',
      EnumTextAreaPairInput: 'pair',
      TEXT: 'text',
      TEXT_NO_VARS: 'text',
      TEXTAREA: 'text',
      TEXTAREA_NO_VARS: 'text',
      CODE: 'code',
      BOOLEAN_INPUT: 'boolean',
      SWITCH: 'boolean',
      CONDITIONAL: 'filter',
      DYNAMIC_CONDITIONAL: 'filter',
      NUMBER: 'number',
      EMAIL: 'text',
      URL: 'text',
      PASSWORD: 'text',
    });
    expect(valueKindOf('FILE')).toBe('raw');
    expect(valueKindOf('UNKNOWN')).toBe('raw');
    expect(isKnownInputType('enum')).toBe(false);
    expect(isKnownInputType('toString')).toBe(false);
  });
});

describe('emptyFormValue / toFormValue / defaultFormValue', () => {
  test.each<[ValueKind, unknown]>([
    ['text', ''],
    ['number', ''],
    ['code', ''],
    ['raw', ''],
    ['boolean', false],
    ['enum', null],
    ['pair', []],
    ['filter', []],
  ])('empty %s', (kind, expected) => {
    expect(emptyFormValue(kind)).toEqual(expected);
  });

  test.each<[ValueKind, unknown, unknown]>([
    ['text', 'x', 'x'],
    ['text', 5, '5'],
    ['text', null, ''],
    ['text', undefined, ''],
    ['number', 36, '36'],
    ['number', 0, '0'],
    ['number', '{{x}}', '{{x}}'],
    ['boolean', true, true],
    ['boolean', 'true', true],
    ['boolean', false, false],
    ['boolean', 'yes', false],
    ['boolean', null, false],
    ['enum', 'a', 'a'],
    ['enum', 2, 2],
    ['enum', null, null],
    ['code', { a: 1 }, '{\n  "a": 1\n}'],
    ['code', [1], '[\n  1\n]'],
    ['code', 42, '42'],
    ['code', 'text', 'text'],
    ['pair', { A: 'x', B: 2 }, [{ key: 'A', text: 'x' }, { key: 'B', text: '2' }]],
    ['pair', [{ key: 'A', text: 'x' }], [{ key: 'A', text: 'x' }]],
    ['pair', 'junk', []],
    ['filter', { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }] }] }, [[{ field: 'A', operator: '$exists' }]]],
    ['filter', 'junk', []],
    ['raw', 'text', 'text'],
    ['raw', { a: 1 }, { a: 1 }],
    ['raw', 5, 5],
    ['raw', false, false],
    ['raw', null, ''],
  ])('toFormValue(%s, %j)', (kind, value, expected) => {
    expect(toFormValue(kind, value)).toEqual(expected);
  });

  test.each<[Partial<ParagonInput>, unknown]>([
    [{ type: 'TEXT', defaultValue: 'd' }, 'd'],
    [{ type: 'TEXT' }, ''],
    [{ type: 'SWITCH', defaultValue: true }, true],
    [{ type: 'SWITCH' }, false],
    [{ type: 'ENUM', defaultValue: 'none' }, 'none'],
    [{ type: 'ENUM', valuesSource: { sourceType: 's' }, defaultValue: 3 }, 3],
    [{ type: 'NUMBER', defaultValue: 5 }, '5'],
    [{ type: 'CODE', language: 'json', defaultValue: { k: 1 } }, '{\n  "k": 1\n}'],
  ])('defaultFormValue %j', (extra, expected) => {
    const i = input(extra);
    expect(defaultFormValue(i, effectiveType(i))).toEqual(expected);
  });
});

describe('toParameterValue / revealsDependents', () => {
  test.each<[Partial<ParagonInput>, unknown, boolean]>([
    [{ type: 'SWITCH' }, true, true],
    [{ type: 'SWITCH' }, false, false],
    [{ type: 'SWITCH' }, undefined, false],
    [{ type: 'SWITCH' }, 'true', true],
    [{ type: 'BOOLEAN_INPUT' }, 'yes', false],
    [{ type: 'TEXT' }, 'x', true],
    [{ type: 'TEXT' }, ' ', false],
    [{ type: 'NUMBER' }, 0, true],
    [{ type: 'NUMBER' }, '', false],
    [{ type: 'ENUM' }, 'a', true],
    [{ type: 'ENUM' }, null, false],
    [{ type: 'CONDITIONAL' }, [[{ field: 'A', operator: '$exists' }]], true],
    [{ type: 'CONDITIONAL' }, [[{ field: 'A', operator: '' }]], false],
    [{ type: 'FILE' }, { a: 1 }, true],
    [{ type: 'FILE' }, '', false],
  ])('revealsDependents %j %j → %s', (extra, value, expected) => {
    const i = input(extra);
    expect(revealsDependents(i, effectiveType(i), value)).toBe(expected);
  });

  test('toParameterValue(toFormValue(x)) keeps the type of each kind', () => {
    const cases: Array<[Partial<ParagonInput>, unknown]> = [
      [{ type: 'NUMBER' }, 3.25],
      [{ type: 'NUMBER' }, -0.5],
      [{ type: 'NUMBER' }, '{{1.n}}'],
      [{ type: 'CODE', language: 'json' }, { a: [1, { b: null }] }],
      [{ type: 'CODE', language: 'json' }, false],
      [{ type: 'CODE', language: 'json' }, 0],
      [{ type: 'CODE', language: 'json' }, '{{1.body}}'],
      [{ type: 'SWITCH' }, true],
      [{ type: 'ENUM' }, 7],
      [{ type: 'EnumTextAreaPairInput' }, { a: 'b', 'c.d': 'e f' }],
      [{ type: 'FILE' }, { name: 'x' }],
      [{ type: 'FILE' }, 12],
      [{ type: 'FILE' }, 'plain'],
    ];
    for (const [extra, value] of cases) {
      const i = input(extra);
      const type = effectiveType(i);
      expect(toParameterValue(i, type, toFormValue(valueKindOf(type), value))).toEqual(value);
    }
  });
});
