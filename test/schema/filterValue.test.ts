import { describe, expect, test } from 'vitest';
import {
  cleanFilter,
  FILTER_OPERATOR_LABELS,
  FILTER_OPERATORS,
  isFilterOperator,
  operatorValueKind,
  parseFilter,
  type FilterDraft,
  type FilterOperator,
  type FilterValue,
} from '../../src/schema';

const NO_VALUE: FilterOperator[] = ['$booleanTrue', '$booleanFalse', '$exists', '$doesNotExist', '$isNotUndefinedOrNull', '$isUndefinedOrNull', '$arrayIsEmpty', '$arrayIsNotEmpty'];
const or = (...groups: Array<Array<Record<string, unknown> | null>>) => ({ operator: 'OR', conditions: groups.map((conditions) => ({ operator: 'AND', conditions })) });
type Row = { field: string; operator: FilterOperator | ''; value?: unknown };
const row = (field: string, operator: string, value?: unknown): Row => ({ field, operator: operator as FilterOperator, value });

describe('filter operators', () => {
  test('31 operators, each with a label that never shows the raw $ string', () => {
    expect(FILTER_OPERATORS).toHaveLength(31);
    expect(Object.keys(FILTER_OPERATOR_LABELS).sort()).toEqual([...FILTER_OPERATORS].sort());
    for (const op of FILTER_OPERATORS) expect(FILTER_OPERATOR_LABELS[op]).not.toMatch(/\$/);
  });
  test.each<[string, string]>([
    ['$stringContains', 'contains'],
    ['$stringGreaterThan', 'comes after (text)'],
    ['$numberGreaterThanOrEqualTo', 'greater than or equal to'],
    ['$dateTimeEquals', 'is on'],
    ['$exists', 'is not null'],
    ['$doesNotExist', 'is null'],
    ['$isNotUndefinedOrNull', 'exists'],
    ['$isUndefinedOrNull', 'does not exist'],
    ['$arrayIsIn', 'includes'],
    ['$arrayIsNotEmpty', 'is not empty'],
  ])('label of %s is %j', (op, label) => {
    expect(FILTER_OPERATOR_LABELS[op as FilterOperator]).toBe(label);
  });
  test('value kinds', () => {
    const kinds = Object.fromEntries(FILTER_OPERATORS.map((op) => [op, operatorValueKind(op)]));
    expect(Object.entries(kinds).filter(([, k]) => k === 'none').map(([op]) => op).sort()).toEqual([...NO_VALUE].sort());
    expect(Object.entries(kinds).filter(([, k]) => k === 'list').map(([op]) => op).sort()).toEqual(['$arrayIsIn', '$arrayIsNotIn', '$stringIsIn', '$stringIsNotIn']);
    expect(Object.entries(kinds).filter(([, k]) => k === 'date').map(([op]) => op)).toEqual(['$dateTimeAfter', '$dateTimeBefore', '$dateTimeEquals']);
    expect(Object.entries(kinds).filter(([, k]) => k === 'number').map(([op]) => op)).toHaveLength(6);
    expect(kinds.$stringGreaterThan).toBe('text');
  });
  test.each<[unknown, boolean]>([
    ['$stringContains', true],
    ['$none', false],
    ['stringContains', false],
    ['', false],
    [null, false],
    ['toString', false],
  ])('isFilterOperator(%j) → %s', (v, expected) => {
    expect(isFilterOperator(v)).toBe(expected);
  });
});

describe('cleanFilter', () => {
  test('a two-group draft gives the exact DNF object', () => {
    const draft: FilterDraft = [
      [row('Email', '$stringContains', '@acme.com'), row('LastName', '$exists')],
      [row('Title', '$stringStartsWith', 'VP')],
    ];
    expect(cleanFilter(draft)).toStrictEqual({
      operator: 'OR',
      conditions: [
        { operator: 'AND', conditions: [{ field: 'Email', operator: '$stringContains', value: '@acme.com' }, { field: 'LastName', operator: '$exists' }] },
        { operator: 'AND', conditions: [{ field: 'Title', operator: '$stringStartsWith', value: 'VP' }] },
      ],
    });
  });

  test.each(NO_VALUE)('%s omits value even when one was typed', (op) => {
    expect(cleanFilter([[row('F', op, 'junk')]])).toStrictEqual({ operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'F', operator: op }] }] });
  });

  test.each<[string, string, unknown, unknown]>([
    // [case, operator, typed value, sent value (undefined: row dropped)]
    ['number text', '$numberGreaterThan', '42', 42],
    ['number text with spaces', '$numberLessThan', ' 3.5 ', 3.5],
    ['negative number', '$numberEquals', '-7', -7],
    ['number zero', '$numberEquals', 0, 0],
    ['number', '$numberDoesNotEqual', 9, 9],
    ['number token stays text', '$numberGreaterThanOrEqualTo', '{{1.n}}', '{{1.n}}'],
    ['number empty', '$numberLessThanOrEqualTo', '', undefined],
    ['number blank', '$numberLessThanOrEqualTo', '  ', undefined],
    ['number NaN', '$numberEquals', Number.NaN, undefined],
    ['number missing', '$numberEquals', undefined, undefined],
    ['date', '$dateTimeAfter', '2026-01-01', '2026-01-01'],
    ['date-time', '$dateTimeBefore', ' 2026-01-01T10:30:00Z ', '2026-01-01T10:30:00Z'],
    ['date empty', '$dateTimeEquals', '', undefined],
    ['list from text', '$stringIsIn', 'a, b,,c ', ['a', 'b', 'c']],
    ['list from array', '$stringIsNotIn', ['x', ' y ', ''], ['x', 'y']],
    ['list of numbers becomes text', '$arrayIsIn', [1, 2], ['1', '2']],
    ['list empty text', '$arrayIsNotIn', ' , ', undefined],
    ['list empty array', '$stringIsIn', [], undefined],
    ['text trimmed', '$stringStartsWith', ' VP ', 'VP'],
    ['text number', '$stringExactlyMatches', 5, '5'],
    ['text empty', '$stringContains', '', undefined],
    ['text blank', '$stringContains', '   ', undefined],
    ['text missing', '$stringContains', undefined, undefined],
    ['text token', '$stringEndsWith', '{{1.domain}}', '{{1.domain}}'],
  ])('%s', (_name, op, value, sent) => {
    const out = cleanFilter([[row('F', op, value)]]);
    if (sent === undefined) expect(out).toBeUndefined();
    else expect(out).toStrictEqual({ operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'F', operator: op, value: sent }] }] });
  });

  test.each<[string, FilterDraft, FilterValue | undefined]>([
    ['no groups', [], undefined],
    ['one empty group', [[]], undefined],
    ['a fresh empty row', [[row('', '', '')]], undefined],
    ['a row without a field', [[row('', '$exists')]], undefined],
    ['a row without an operator', [[row('Email', '', 'x')]], undefined],
    ['an unknown operator', [[row('Email', '$none', 'x')]], undefined],
    [
      'incomplete rows and empty groups are dropped, order kept',
      [[], [row('A', '$exists'), row('B', ''), row('C', '$stringContains', 'c')], [row('', '')], [row('D', '$numberEquals', '1')]],
      or([{ field: 'A', operator: '$exists' }, { field: 'C', operator: '$stringContains', value: 'c' }], [{ field: 'D', operator: '$numberEquals', value: 1 }]) as unknown as FilterValue,
    ],
  ])('%s', (_name, draft, expected) => {
    expect(cleanFilter(draft)).toStrictEqual(expected);
  });
});

describe('parseFilter', () => {
  test('a valid two-group DNF', () => {
    const saved = or(
      [{ field: 'Email', operator: '$stringContains', value: '@acme.com' }, { field: 'LastName', operator: '$exists' }],
      [{ field: 'Age', operator: '$numberGreaterThan', value: 30 }],
    );
    const { draft, dropped } = parseFilter(saved);
    expect(dropped).toEqual([]);
    expect(draft).toEqual([
      [row('Email', '$stringContains', '@acme.com'), row('LastName', '$exists')],
      [row('Age', '$numberGreaterThan', 30)],
    ]);
    expect(cleanFilter(draft)).toStrictEqual(saved);
  });

  test.each<[string, unknown, Row[][], string[]]>([
    ['null', null, [], []],
    ['undefined', undefined, [], []],
    ['a bare AND group', { operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }, { field: 'B', operator: '$stringContains', value: 'b' }] }, [[row('A', '$exists'), row('B', '$stringContains', 'b')]], []],
    ['a group without an operator', { conditions: [{ field: 'A', operator: '$exists' }] }, [[row('A', '$exists')]], []],
    [
      'a bare array (reported)',
      [{ field: 'A', operator: '$exists' }, { field: 'B', operator: '$booleanTrue' }],
      [[row('A', '$exists'), row('B', '$booleanTrue')]],
      ['the saved filter was a bare list; it was read as one AND group'],
    ],
    [
      'unknown operators dropped with a note naming the field',
      or([{ field: 'Email', operator: '$none', value: 'x' }, { field: 'Name', operator: '$stringContains', value: 'n' }], [{ field: 'Stage', operator: 'equals' }]),
      [[row('Name', '$stringContains', 'n')]],
      ['the condition on "Email" (unknown operator "$none")', 'the condition on "Stage" (unknown operator "equals")'],
    ],
    ['a missing operator', or([{ field: 'Email' }]), [], ['the condition on "Email" (unknown operator null)']],
    ['a condition without a field', or([{ operator: '$exists' }, null]), [], ['a condition without a field', 'a condition without a field']],
    [
      'OR of bare conditions: each is its own group',
      { operator: 'OR', conditions: [{ field: 'A', operator: '$exists' }, { field: 'B', operator: '$exists' }] },
      [[row('A', '$exists')], [row('B', '$exists')]],
      [],
    ],
    [
      'one level of AND nesting too many is flattened',
      { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }] }, { field: 'B', operator: '$exists' }] }] },
      [[row('A', '$exists'), row('B', '$exists')]],
      [],
    ],
    [
      'an OR wrapped in an OR keeps its groups as OR groups',
      { operator: 'OR', conditions: [{ operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }] }, { operator: 'AND', conditions: [{ field: 'B', operator: '$exists' }] }] }] },
      [[row('A', '$exists')], [row('B', '$exists')]],
      [],
    ],
    [
      'an OR nested inside an AND group is read as AND and reported',
      { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }, { operator: 'OR', conditions: [{ field: 'B', operator: '$exists' }, { field: 'C', operator: '$exists' }] }] }] },
      [[row('A', '$exists'), row('B', '$exists'), row('C', '$exists')]],
      ['an OR group inside an AND group was read as AND'],
    ],
    ['empty groups are dropped', or([], [{ field: 'A', operator: '$exists' }], []), [[row('A', '$exists')]], []],
    ['not a filter object (text)', 'Email contains x', [], ['the saved filter was not a filter object']],
    ['not a filter object (empty object)', {}, [], ['the saved filter was not a filter object']],
    ['not a filter object (conditions not a list)', { operator: 'OR', conditions: 'x' }, [], ['the saved filter was not a filter object']],
  ])('%s', (_name, saved, draft, dropped) => {
    const parsed = parseFilter(saved);
    expect(parsed.draft).toEqual(draft);
    expect(parsed.dropped).toEqual(dropped);
  });
});
