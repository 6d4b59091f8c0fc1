import { describe, expect, test } from 'vitest';
import { filterVariables, findTokens, queryAfter, takesVariableText, typedTokenStart, type Variable } from '../../src/schema';

const list: Variable[] = [
  { value: '{{1.output.contact.firstname}}', label: 'First name', group: '1. HubSpot: Get contact' },
  { value: '{{1.output.contact.email}}', label: 'Email' },
  { value: '{{settings.owner}}', label: 'Owner' },
];
const labels = (found: Variable[]) => found.map((v) => v.label);

describe('filterVariables', () => {
  test.each([
    ['empty query: all, in order', '', ['First name', 'Email', 'Owner']],
    ['spaces only: all', '   ', ['First name', 'Email', 'Owner']],
    ['by label, any case', 'FIR', ['First name']],
    ['by label inside a word', 'mail', ['Email']],
    ['by token', 'settings', ['Owner']],
    ['by token path shared by two', 'output.contact', ['First name', 'Email']],
    ['label with a space', 'first n', ['First name']],
    ['surrounding spaces ignored', ' owner ', ['Owner']],
    ['no match', 'zzz', []],
  ])('%s', (_name, query, expected) => {
    expect(labels(filterVariables(list, query))).toEqual(expected);
  });
});

describe('findTokens', () => {
  test.each([
    ['none', 'Hello there', []],
    ['one', 'Hi {{a.b}}!', [{ start: 3, end: 10, token: '{{a.b}}' }]],
    ['two side by side', '{{a}}{{b}}', [{ start: 0, end: 5, token: '{{a}}' }, { start: 5, end: 10, token: '{{b}}' }]],
    ['an unclosed one is no token', 'Hi {{a.b', []],
    ['no line break inside', '{{a\nb}}', []],
    ['empty braces count', '{{}}', [{ start: 0, end: 4, token: '{{}}' }]],
  ])('%s', (_name, text, expected) => {
    expect(findTokens(text)).toEqual(expected);
  });
});

describe('typedTokenStart and queryAfter', () => {
  test.each([
    ['caret right after {{', 'Hello {{', 8, 6],
    ['caret after one brace', 'Hello {', 7, -1],
    ['caret elsewhere', 'a {{ b', 6, -1],
    ['at the start', '{{', 2, 0],
  ])('typedTokenStart: %s', (_name, text, caret, expected) => {
    expect(typedTokenStart(text, caret)).toBe(expected);
  });

  test.each([
    ['the text after {{', 'Hi {{fir', 3, 8, true, 'fir'],
    ['nothing typed yet', 'Hi {{', 3, 5, true, ''],
    ['caret moved before the braces', 'Hi {{fir', 3, 4, true, undefined],
    ['braces deleted', 'Hi {fir', 3, 7, true, undefined],
    ['a closing brace ends it', 'Hi {{fir}', 3, 9, true, undefined],
    ['a line break ends it', 'Hi {{fi\nr', 3, 9, true, undefined],
    ['from the button: the text since the caret', 'Hi own', 3, 6, false, 'own'],
    ['from the button: caret moved before it', 'Hi own', 3, 2, false, undefined],
  ])('queryAfter: %s', (_name, text, start, caret, braces, expected) => {
    expect(queryAfter(text, start, caret, braces)).toBe(expected);
  });
});

test.each([
  ['TEXT', true], ['TEXTAREA', true], ['NUMBER', true], ['EMAIL', true], ['URL', true],
  ['TEXT_NO_VARS', false], ['TEXTAREA_NO_VARS', false], ['PASSWORD', false], ['ENUM', false], ['CODE', false],
])('takesVariableText(%s) is %s', (type, expected) => {
  expect(takesVariableText(type)).toBe(expected);
});
