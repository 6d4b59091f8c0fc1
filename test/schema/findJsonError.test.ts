import { describe, expect, test } from 'vitest';
import { validateParameters, type ParagonAction } from '../../src';
import { findJsonError } from '../../src/schema/findJsonError';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonError: where JSON text has its first error, the same in every browser', () => {
  test.each([
    ['{"a":}', 6],
    ['[1,]', 4],
    ['{"n": 1', 8],
    ['[[', 3],
    ['x', 1],
    ['{"a" 1}', 6],
    ['"abc', 1],
    ['[1 2]', 4],
    ['{"a":1,}', 8],
    ['', 1],
    ['01', 2],
    ['{"a":1}}', 8],
    ['"\\x"', 1],
    ['"tab\there"', 1],
  ])('%j: column %i', (text, column) => {
    expect(parses(text)).toBe(false);
    expect(findJsonError(text)).toEqual({ line: 1, column });
  });

  test.each(['{"a":[1,{"b":null}],"c":-1.5e3}', '  [ ]  ', '"\\u00e9\\n\\/"', 'true', '0', '{}'])('%j is JSON: no error', (text) => {
    expect(parses(text)).toBe(true);
    expect(findJsonError(text)).toBeUndefined();
  });

  test('counts lines', () => {
    expect(findJsonError('{\n  "a": 1,\n  "b" 2\n}')).toEqual({ line: 3, column: 7 });
  });

  test('validateParameters says where, in the messages given', () => {
    const action: ParagonAction = { name: 'X', title: 'X', inputs: [{ id: 'body', title: 'Body', type: 'CODE', language: 'json' }] };
    expect(validateParameters(action, { body: '{\n  "a": }' }).body).toBe('Body must be valid JSON (line 2, column 8)');
    const de = { required: (t: string) => t, filterRequired: (t: string) => t, notANumber: (t: string) => t, notAnEmail: (t: string) => t, notAUrl: (t: string) => t,
      invalidJson: (t: string, detail?: string) => `${t} muss gültiges JSON sein (${detail})`, jsonErrorAt: (line: number, column: number) => `Zeile ${line}, Spalte ${column}` };
    expect(validateParameters(action, { body: '[1,]' }, de).body).toBe('Body muss gültiges JSON sein (Zeile 1, Spalte 4)');
  });
});
