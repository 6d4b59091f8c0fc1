import { describe, expect, test } from 'vitest';
import { subscriptionPatch, type Parameters } from '../../src/schema';

const filter = (value: string) => ({
  operator: 'OR',
  conditions: [{ operator: 'AND', conditions: [{ field: 'StageName', operator: '$stringExactlyMatches', value }] }],
});

/** What the server does with a PATCH body (SPEC §2): provided keys overwrite, null removes. */
function applyShallowMerge(stored: Parameters, patch: Record<string, unknown>): Parameters {
  const next = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

const withoutEmpty = (values: Parameters) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));

describe('subscriptionPatch', () => {
  test.each<[string, Parameters, Parameters, Record<string, unknown>]>([
    ['nothing changed', { recordType: 'Lead' }, { recordType: 'Lead' }, {}],
    ['a changed value', { recordType: 'Lead' }, { recordType: 'Contact' }, { recordType: 'Contact' }],
    ['an added key', { recordType: 'Lead' }, { recordType: 'Lead', filterFormula: filter('Open') }, { filterFormula: filter('Open') }],
    [
      'a branch switched away: its dependent is removed with null',
      { recordType: 'Opportunity', filterFormula: filter('Closed Won') },
      { recordType: 'Account' },
      { recordType: 'Account', filterFormula: null },
    ],
    ['an optional input emptied (undefined) is removed', { recordType: 'Lead', note: 'x' }, { recordType: 'Lead', note: undefined }, { note: null }],
    ['an equal filter in a new object with other key order is not re-sent', { f: filter('Won') }, { f: JSON.parse('{"conditions":[{"conditions":[{"value":"Won","operator":"$stringExactlyMatches","field":"StageName"}],"operator":"AND"}],"operator":"OR"}') }, {}],
    ['a filter whose condition value changed is sent whole', { f: filter('Won') }, { f: filter('Lost') }, { f: filter('Lost') }],
    ['an equal array in a new object is not re-sent', { ids: ['a', 'b'] }, { ids: ['a', 'b'] }, {}],
    ['a reordered array is sent (arrays replace)', { ids: ['a', 'b'] }, { ids: ['b', 'a'] }, { ids: ['b', 'a'] }],
    ['a shorter array is sent', { ids: ['a', 'b'] }, { ids: ['a'] }, { ids: ['a'] }],
    ['a number that became text is a change', { limit: 1 }, { limit: '1' }, { limit: '1' }],
    ['false is a value, not an absence', { active: true }, { active: false }, { active: false }],
    ['null in next removes a key the subscription had', { a: 1 }, { a: null }, { a: null }],
    ['null in next for a key the subscription lacked sends nothing', {}, { a: null }, {}],
    ['a stored null is not removed again', { a: null }, {}, {}],
    ['everything removed', { a: 1, b: [1] }, {}, { a: null, b: null }],
    ['an object gaining a key is a change', { o: { x: 1 } }, { o: { x: 1, y: 2 } }, { o: { x: 1, y: 2 } }],
    ['ids that read Object.prototype are plain keys', { constructor: 'x' }, { toString: 'y' }, { toString: 'y', constructor: null }],
  ])('%s', (_name, previous, next, expected) => {
    const patch = subscriptionPatch(previous, next);
    expect(patch).toEqual(expected);
    // the server's merge of the patch yields exactly what the form now sends
    expect(applyShallowMerge(withoutEmpty(previous), patch)).toEqual(withoutEmpty(next));
  });

  test('a `__proto__` id is an own key of the patch, not the prototype', () => {
    const next = JSON.parse('{"__proto__": "x"}') as Parameters;
    const patch = subscriptionPatch({}, next);
    expect(Object.getPrototypeOf(patch)).toBe(Object.prototype);
    expect(JSON.stringify(patch)).toBe('{"__proto__":"x"}');
    expect(JSON.stringify(subscriptionPatch(next, {}))).toBe('{"__proto__":null}');
  });

  test('leaves both inputs unchanged', () => {
    const previous = Object.freeze({ recordType: 'Lead', filterFormula: Object.freeze(filter('Open')) });
    const next = Object.freeze({ recordType: 'Account' });
    expect(() => subscriptionPatch(previous, next)).not.toThrow();
    expect(previous).toEqual({ recordType: 'Lead', filterFormula: filter('Open') });
    expect(next).toEqual({ recordType: 'Account' });
  });
});
