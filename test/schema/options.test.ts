import { describe, expect, test } from 'vitest';
import { findOption, flattenOptions, isSameValue, normalizeOptions, type OptionGroup } from '../../src/schema';

describe('normalizeOptions', () => {
  test.each<[string, unknown, OptionGroup[], string[]]>([
    ['undefined', undefined, [], []],
    ['null', null, [], []],
    ['empty', [], [], []],
    ['not a list', 'a,b', [], ['its options ("values") are not a list']],
    ['an object', { a: 1 }, [], ['its options ("values") are not a list']],
    ['bare strings', ['Web', 'Phone Inquiry'], [{ options: [{ value: 'Web', label: 'Web' }, { value: 'Phone Inquiry', label: 'Phone Inquiry' }] }], []],
    ['bare numbers keep their type', [1, 2.5, 0, -3], [{ options: [{ value: 1, label: '1' }, { value: 2.5, label: '2.5' }, { value: 0, label: '0' }, { value: -3, label: '-3' }] }], []],
    ['empty string is a value', [''], [{ options: [{ value: '', label: '' }] }], []],
    [
      'objects: label defaults to String(value)',
      [{ value: 'a' }, { value: 2 }, { value: 'b', label: '' }, { value: 'c', label: 7 }, { value: 'd', label: 'Dee' }],
      [{ options: [{ value: 'a', label: 'a' }, { value: 2, label: '2' }, { value: 'b', label: 'b' }, { value: 'c', label: 'c' }, { value: 'd', label: 'Dee' }] }],
      [],
    ],
    [
      'subtitles kept when text and non-empty',
      [{ value: 'a', label: 'A', subtitle: 'first' }, { value: 'b', subtitle: '' }, { value: 'c', subtitle: 5 }],
      [{ options: [{ value: 'a', label: 'A', subtitle: 'first' }, { value: 'b', label: 'b' }, { value: 'c', label: 'c' }] }],
      [],
    ],
    [
      'dependentInputs kept only when a list; unknown keys dropped',
      [{ value: 'a', dependentInputs: [{ id: 'x', type: 'TEXT', title: 'X' }], extra: 1 }, { value: 'b', dependentInputs: 'nope' }],
      [{ options: [{ value: 'a', label: 'a', dependentInputs: [{ id: 'x', type: 'TEXT', title: 'X' }] }, { value: 'b', label: 'b' }] }],
      [],
    ],
    [
      'sections and loose options keep their order',
      ['loose1', { title: 'Recent', items: ['r1', { value: 'r2', label: 'R2', subtitle: 's' }] }, 'loose2', { title: 'All', items: [3] }, { items: ['untitled'] }],
      [
        { options: [{ value: 'loose1', label: 'loose1' }] },
        { title: 'Recent', options: [{ value: 'r1', label: 'r1' }, { value: 'r2', label: 'R2', subtitle: 's' }] },
        { options: [{ value: 'loose2', label: 'loose2' }] },
        { title: 'All', options: [{ value: 3, label: '3' }] },
        { title: undefined, options: [{ value: 'untitled', label: 'untitled' }] },
      ],
      [],
    ],
    ['an empty section is kept', [{ title: 'Empty', items: [] }], [{ title: 'Empty', options: [] }], []],
    ['an object with items and a value is an option', [{ value: 'v', items: [1] }], [{ options: [{ value: 'v', label: 'v' }] }], []],
    [
      'invalid entries counted (top level and inside sections)',
      [null, true, { label: 'no value' }, { value: null }, { value: Number.NaN }, { value: Number.POSITIVE_INFINITY }, { value: {} }, ['x'], 'ok', { title: 'S', items: [null, 'fine', {}] }],
      [{ options: [{ value: 'ok', label: 'ok' }] }, { title: 'S', options: [{ value: 'fine', label: 'fine' }] }],
      ['10 options without a value were skipped'],
    ],
    ['one invalid entry', [undefined, 'a'], [{ options: [{ value: 'a', label: 'a' }] }], ['1 option without a value was skipped']],
  ])('%s', (_name, values, expected, problems) => {
    const reported: string[] = [];
    expect(normalizeOptions(values, (p) => reported.push(p))).toEqual(expected);
    expect(reported).toEqual(problems);
  });

  test('works without a problem callback', () => {
    expect(normalizeOptions([null, 'a'])).toEqual([{ options: [{ value: 'a', label: 'a' }] }]);
    expect(normalizeOptions('x')).toEqual([]);
  });

  test('flattenOptions returns all options of all groups in order', () => {
    expect(flattenOptions(normalizeOptions(['a', { title: 'S', items: ['b', 'c'] }, 'd'])).map((o) => o.value)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('findOption / isSameValue', () => {
  const options = flattenOptions(normalizeOptions([1, '1', 2, 'two', { value: 0, label: 'Zero' }]));
  test.each<[unknown, unknown]>([
    [1, 1],
    ['1', '1'], // the exact value wins over the same text
    [2, 2],
    ['2', 2],
    ['two', 'two'],
    [0, 0],
    ['0', 0],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    [' 2', undefined],
    ['02', undefined],
    [true, undefined],
  ])('findOption(%j) → %j', (value, expected) => {
    const found = findOption(options, value);
    if (expected === undefined) expect(found).toBeUndefined();
    else {
      expect(found?.value).toBe(expected);
    }
  });

  test.each<[unknown, unknown, boolean]>([
    [1, 1, true],
    [1, '1', true],
    ['a', 'a', true],
    [2, '2.0', false],
    [null, null, true],
    [null, undefined, false],
    [0, '', false],
    [0, false, false],
    [{}, {}, false],
    [Number.NaN, 'NaN', false],
  ])('isSameValue(%j, %j) → %s', (a, b, expected) => {
    expect(isSameValue(a, b)).toBe(expected);
  });
});
