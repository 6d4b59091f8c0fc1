import { describe, expect, test } from 'vitest';
import {
  activeInputs,
  collectParameters,
  compileAction,
  flattenOptions,
  restoreValues,
  validateParameters,
  type CompiledAction,
  type InputNode,
  type ParagonAction,
} from '../../src/schema';
import { action } from '../fixtures';

// form paths split on dots, brackets and quotes: keys hold none of them
const SAFE_KEY = /^f:[A-Za-z0-9_%/~-]*$/;
const make = (inputs: unknown): ParagonAction => ({ name: 'X', title: 'X', inputs } as ParagonAction);

/** Every node in the tree, depth first. */
function allNodes(nodes: InputNode[]): InputNode[] {
  return nodes.flatMap((n) => [n, ...[...n.branches.values()].flatMap(allNodes), ...allNodes(n.dependents)]);
}

function expectSaneKeys(compiled: CompiledAction) {
  const nodes = allNodes(compiled.nodes);
  const keys = nodes.map((n) => n.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(compiled.byKey.size).toBe(keys.length);
  for (const key of keys) expect(key).toMatch(SAFE_KEY);
  for (const node of nodes) expect(compiled.byKey.get(node.key)).toBe(node);
}

describe('compileAction: the fixture tree', () => {
  test('SALESFORCE_CREATE_RECORD: one key per position, the path of ids and option values leading there', () => {
    const compiled = compileAction(action('SALESFORCE_CREATE_RECORD'));
    expect(Object.fromEntries([...compiled.byKey].map(([k, n]) => [k, n.input.id]))).toEqual({
      'f:recordType': 'recordType',
      'f:recordType/Opportunity/field-Name': 'field-Name',
      'f:recordType/Opportunity/field-StageName': 'field-StageName',
      'f:recordType/Opportunity/field-CloseDate': 'field-CloseDate',
      'f:recordType/Opportunity/field-Amount': 'field-Amount',
      'f:recordType/Opportunity/field-OwnerId': 'field-OwnerId',
      'f:recordType/Lead/field-LastName': 'field-LastName',
      'f:recordType/Lead/field-Company': 'field-Company',
      'f:recordType/Lead/field-LeadSource': 'field-LeadSource',
      'f:recordType/Lead/field-Status': 'field-Status',
      'f:recordType/Lead/field-HasOptedOutOfEmail': 'field-HasOptedOutOfEmail',
      'f:recordType/Task/field-Subject': 'field-Subject',
      'f:recordType/Task/field-TaskSubtype': 'field-TaskSubtype',
      'f:recordType/Task/field-TaskSubtype/Call/field-CallType': 'field-CallType',
      'f:recordType/Task/field-TaskSubtype/Call/field-CallType/Outbound/field-CallDurationInSeconds': 'field-CallDurationInSeconds',
      'f:recordType/Task/field-Description': 'field-Description',
      'f:recordType/CUSTOM/customObjectName': 'customObjectName',
      'f:recordType/CUSTOM/recordJson': 'recordJson',
    });
    expect([...compiled.nodes[0].branches.keys()]).toEqual(['Opportunity', 'Lead', 'Task', 'CUSTOM']);
    expectSaneKeys(compiled);
  });

  test('ACME_CREATE_CONTACT: numeric option values key their branch by text; input-level dependents use ~; dots are escaped', () => {
    const compiled = compileAction(action('ACME_CREATE_CONTACT'));
    expect([...compiled.byKey.keys()].filter((k) => k.includes('/'))).toEqual(['f:tier/2/discount', 'f:notify/~/welcomeTemplate']);
    expect(compiled.nodes[0].key).toBe('f:contact%2Eemail');
    expect([...compiled.byKey.values()].find((n) => n.input.id === 'tier')!.branches.has('2')).toBe(true);
    expect(compiled.problems).toEqual([]);
  });

  test('effective types: ENUM with a source is DYNAMIC_ENUM; CONDITIONAL with a key source is DYNAMIC_CONDITIONAL', () => {
    const types = (name: string) => Object.fromEntries([...compileAction(action(name)).byKey.values()].map((n) => [n.input.id, n.type]));
    expect(types('SALESFORCE_SEARCH_RECORDS')).toEqual({ recordType: 'ENUM', filterFormula: 'DYNAMIC_CONDITIONAL', customObjectName: 'DYNAMIC_ENUM' });
    expect(types('ACME_CREATE_CONTACT')).toMatchObject({ owner: 'EDITABLE_DYNAMIC_ENUM', attachment: 'FILE', tier: 'ENUM' });
  });

  test('the same Action object compiles once', () => {
    const a = action('JIRA_CREATE_ISSUE');
    expect(compileAction(a)).toBe(compileAction(a));
  });
});

describe('compileAction: malformed schemas (SPEC §5) render what they can and report the rest', () => {
  test.each<[string, unknown, Array<[string, string, string]>, string[]]>([
    // [name, inputs, [id, title, type] of compiled top-level nodes, problems]
    [
      'missing id is skipped',
      [{ type: 'TEXT', title: 'No id' }, { id: 'ok', type: 'TEXT', title: 'OK' }],
      [['ok', 'OK', 'TEXT']],
      ['Input "No id" has no id and was skipped.'],
    ],
    ['empty id is skipped', [{ id: '', type: 'TEXT' }], [], ['Input #1 has no id and was skipped.']],
    ['numeric id is skipped', [{ id: 7, type: 'TEXT', title: 'Seven' }], [], ['Input "Seven" has no id and was skipped.']],
    ['missing title: the id is used', [{ id: 'x', type: 'TEXT' }], [['x', 'x', 'TEXT']], ['Input "x" has no title; its id is shown instead.']],
    ['blank title: the id is used', [{ id: 'x', type: 'TEXT', title: '  ' }], [['x', 'x', 'TEXT']], ['Input "x" has no title; its id is shown instead.']],
    ['non-text title: the id is used', [{ id: 'x', type: 'TEXT', title: { en: 'X' } }], [['x', 'x', 'TEXT']], ['Input "x" has no title; its id is shown instead.']],
    ['missing type: renders as unknown', [{ id: 'x', title: 'X' }], [['x', 'X', 'UNKNOWN']], ['Input "X" has no type.']],
    ['non-text type: renders as unknown', [{ id: 'x', title: 'X', type: 42 }], [['x', 'X', 'UNKNOWN']], ['Input "X" has no type.']],
    ['unknown type: kept, not a problem', [{ id: 'x', title: 'X', type: 'FILE_PICKER' }], [['x', 'X', 'FILE_PICKER']], []],
    ['no id, no title, no type', [{}], [], ['Input #1 has no id and was skipped.']],
    [
      'entries that are not objects',
      [null, 'TEXT', 5, ['a'], { id: 'ok', type: 'TEXT', title: 'OK' }],
      [['ok', 'OK', 'TEXT']],
      ['Input #1 is not an object and was skipped.', 'Input #2 is not an object and was skipped.', 'Input #3 is not an object and was skipped.', 'Input #4 is not an object and was skipped.'],
    ],
    ['values not an array (text)', [{ id: 'e', type: 'ENUM', title: 'E', values: 'a,b' }], [['e', 'E', 'ENUM']], ['Input "E": its options ("values") are not a list.']],
    ['values not an array (object)', [{ id: 'e', type: 'ENUM', title: 'E', values: { a: 1 } }], [['e', 'E', 'ENUM']], ['Input "E": its options ("values") are not a list.']],
    ['values null is no options', [{ id: 'e', type: 'ENUM', title: 'E', values: null }], [['e', 'E', 'ENUM']], []],
    [
      'option entries without value',
      [{ id: 'e', type: 'ENUM', title: 'E', values: [{ label: 'No value' }, 'ok', { value: null, label: 'Null' }, { value: 'x', label: 'X' }, true] }],
      [['e', 'E', 'ENUM']],
      ['Input "E": 3 options without a value were skipped.'],
    ],
    ['one option without value', [{ id: 'e', type: 'ENUM', title: 'E', values: [{}] }], [['e', 'E', 'ENUM']], ['Input "E": 1 option without a value was skipped.']],
    ['input-level dependentInputs not a list', [{ id: 'b', type: 'SWITCH', title: 'B', dependentInputs: { id: 'x' } }], [['b', 'B', 'SWITCH']], ['Input "B": its dependentInputs are not a list.']],
    [
      'a broken dependent inside a branch is reported, its siblings kept',
      [{ id: 'e', type: 'ENUM', title: 'E', values: [{ value: 'a', dependentInputs: [{ title: 'Orphan', type: 'TEXT' }, { id: 'ok', type: 'TEXT', title: 'OK' }] }] }],
      [['e', 'E', 'ENUM']],
      ['Input "Orphan" has no id and was skipped.'],
    ],
  ])('%s', (_name, inputs, nodes, problems) => {
    const compiled = compileAction(make(inputs));
    expect(compiled.nodes.map((n) => [n.input.id, n.input.title, n.type])).toEqual(nodes);
    expect(compiled.problems).toEqual(problems);
    expectSaneKeys(compiled);
  });

  test('option entries without value: the valid ones remain, in order', () => {
    const compiled = compileAction(make([{ id: 'e', type: 'ENUM', title: 'E', values: [{ label: 'No value' }, 'ok', { value: null }, { value: 'x', label: 'X' }] }]));
    expect(flattenOptions(compiled.nodes[0].groups)).toEqual([{ value: 'ok', label: 'ok' }, { value: 'x', label: 'X' }]);
  });

  test.each<[string, unknown, string[]]>([
    ['inputs missing', { name: 'X', title: 'X' }, []],
    ['inputs empty', { name: 'X', title: 'X', inputs: [] }, []],
    ['inputs null', { name: 'X', title: 'X', inputs: null }, ['The action\'s "inputs" is not a list.']],
    ['inputs text', { name: 'X', title: 'X', inputs: 'abc' }, ['The action\'s "inputs" is not a list.']],
    ['inputs object', { name: 'X', title: 'X', inputs: { id: 'a' } }, ['The action\'s "inputs" is not a list.']],
    ['action null', null, ['The action is not an object.']],
    ['action text', 'SALESFORCE_CREATE_RECORD', ['The action is not an object.']],
    ['action number', 42, ['The action is not an object.']],
    ['action array', [{ id: 'a', type: 'TEXT', title: 'A' }], ['The action is not an object.']],
  ])('%s', (_name, a, problems) => {
    const compiled = compileAction(a as ParagonAction);
    expect(compiled.nodes).toEqual([]);
    expect(compiled.problems).toEqual(problems);
    expect(activeInputs(a as ParagonAction, {})).toEqual([]);
    expect(collectParameters(a as ParagonAction, { a: 'x' })).toEqual({});
    expect(validateParameters(a as ParagonAction, {})).toEqual({});
    expect(restoreValues(a as ParagonAction, { a: 'x' })).toEqual({});
  });
});

describe('compileAction: cycles terminate', () => {
  test('an option that reveals its own input', () => {
    const a: Record<string, unknown> = { id: 'a', type: 'ENUM', title: 'A', values: [{ value: 'x', dependentInputs: [] as unknown[] }, 'y'] };
    ((a.values as Array<{ dependentInputs: unknown[] }>)[0].dependentInputs).push(a, { id: 'sib', type: 'TEXT', title: 'Sib' });
    const compiled = compileAction(make([a]));
    expect(compiled.problems).toEqual(['Input "A" contains itself; the repeated part was skipped.']);
    expect([...compiled.byKey.keys()]).toEqual(['f:a', 'f:a/x/sib']);
    expect(activeInputs(make([a]), { a: 'x' }).map((i) => i.id)).toEqual(['a', 'sib']);
  });

  test('an input listed in its own dependentInputs', () => {
    const b: Record<string, unknown> = { id: 'b', type: 'SWITCH', title: 'B' };
    b.dependentInputs = [b];
    const compiled = compileAction(make([b]));
    expect(compiled.problems).toEqual(['Input "B" contains itself; the repeated part was skipped.']);
    expect(compiled.nodes[0].dependents).toEqual([]);
  });

  test('an indirect cycle a → b → a', () => {
    const a: Record<string, unknown> = { id: 'a', type: 'TEXT', title: 'A' };
    const b: Record<string, unknown> = { id: 'b', type: 'ENUM', title: 'B', values: [{ value: 1, dependentInputs: [a] }] };
    a.dependentInputs = [b];
    const compiled = compileAction(make([a]));
    expect(compiled.problems).toEqual(['Input "A" contains itself; the repeated part was skipped.']);
    expect([...compiled.byKey.keys()]).toEqual(['f:a', 'f:a/~/b']);
    expect(collectParameters(make([a]), { a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
  });

  test('the same (acyclic) object used in two branches compiles at both positions', () => {
    const shared = { id: 'shared', type: 'TEXT', title: 'Shared' };
    const compiled = compileAction(make([{ id: 'e', type: 'ENUM', title: 'E', values: [{ value: 'a', dependentInputs: [shared] }, { value: 'b', dependentInputs: [shared] }] }]));
    expect(compiled.problems).toEqual([]);
    expect([...compiled.byKey.keys()]).toEqual(['f:e', 'f:e/a/shared', 'f:e/b/shared']);
  });

  test('very deep (acyclic) nesting stops at a depth limit and says so', () => {
    let leaf: Record<string, unknown> = { id: 'n100', type: 'TEXT', title: 'N100' };
    for (let i = 99; i >= 0; i--) leaf = { id: `n${i}`, type: 'SWITCH', title: `N${i}`, dependentInputs: [leaf] };
    const compiled = compileAction(make([leaf]));
    expect(compiled.problems).toHaveLength(1);
    expect(compiled.problems[0]).toMatch(/^Input "N\d+" is nested too deeply; it was skipped\.$/);
    expectSaneKeys(compiled);
  });
});

describe('compileAction: size and odd ids', () => {
  test('5,000 flat inputs compile with unique safe keys', () => {
    const inputs = Array.from({ length: 5000 }, (_, i) => ({ id: `field.${i}`, type: i % 2 ? 'TEXT' : 'NUMBER', title: `Field ${i}` }));
    const compiled = compileAction(make(inputs));
    expect(compiled.problems).toEqual([]);
    expect(compiled.nodes).toHaveLength(5000);
    expectSaneKeys(compiled);
    const values = Object.fromEntries(inputs.map((input, i) => [input.id, String(i)]));
    const params = collectParameters(make(inputs), values);
    expect(Object.keys(params)).toHaveLength(5000);
    expect(params['field.4999']).toBe('4999');
    expect(params['field.4998']).toBe(4998);
  });

  test('5,000 inputs spread over 50 branches', () => {
    const values = Array.from({ length: 50 }, (_, o) => ({
      value: `opt${o}`,
      dependentInputs: Array.from({ length: 100 }, (_, i) => ({ id: `f${i}`, type: 'TEXT', title: `F${i}`, required: i === 0 })),
    }));
    const a = make([{ id: 'type', type: 'ENUM', title: 'Type', values }]);
    const compiled = compileAction(a);
    expect(compiled.byKey.size).toBe(5001);
    expectSaneKeys(compiled);
    expect(activeInputs(a, { type: 'opt49' })).toHaveLength(101);
    expect(validateParameters(a, { type: 'opt49' })).toEqual({ f0: 'F0 is required' });
  });

  const odd = ['a.b', 'a[0]', 'with space', 'Custom__c', 'x-y', 'a/b', "it's", 'ünïcødé', '__proto__', 'constructor', 'toString', '0', ''];
  test('ids with dots, brackets, spaces, __c… map to safe keys and are sent as given', () => {
    const inputs = odd.map((id) => ({ id, type: 'TEXT', title: `T ${id}` }));
    const compiled = compileAction(make(inputs));
    expect(compiled.problems).toEqual(['Input "T " has no id and was skipped.']);
    expect(compiled.nodes.map((n) => n.key)).toEqual([
      'f:a%2Eb', 'f:a%5B0%5D', 'f:with%20space', 'f:Custom__c', 'f:x-y', 'f:a%2Fb', 'f:it%27s',
      `f:${encodeURIComponent('ünïcødé')}`, 'f:__proto__', 'f:constructor', 'f:toString', 'f:0',
    ]);
    expectSaneKeys(compiled);
  });

  test('parameters and restored values are keyed by the raw ids, even prototype names', () => {
    const ids = odd.slice(0, -1);
    const a = make(ids.map((id) => ({ id, type: 'TEXT', title: `T ${id}` })));
    const values: Record<string, unknown> = {};
    for (const id of ids) Object.defineProperty(values, id, { value: `v ${id}`, enumerable: true, writable: true, configurable: true });
    const params = collectParameters(a, values);
    expect(Object.keys(params).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(Object.getOwnPropertyDescriptor(params, id)?.value).toBe(`v ${id}`);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    const restored = restoreValues(a, params);
    for (const id of ids) expect(Object.getOwnPropertyDescriptor(restored, id)?.value).toBe(`v ${id}`);
  });

  test('an empty values map lends no value to inputs named after Object.prototype members', () => {
    const a = make(['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'].map((id) => ({ id, type: 'TEXT', title: id })));
    expect(collectParameters(a, {})).toEqual({});
  });

  test('an object value for an input named __proto__ is a parameter, not a prototype', () => {
    const a = make([{ id: '__proto__', type: 'CODE', title: 'P', language: 'json' }]);
    const values = JSON.parse('{"__proto__": "{\\"polluted\\": true}"}') as Record<string, unknown>;
    const params = collectParameters(a, values);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(params, '__proto__')?.value).toEqual({ polluted: true });
    expect((params as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('labels and subtitles with HTML are kept verbatim as text', () => {
    const html = '<img src=x onerror="alert(1)"><b>Bold</b>';
    const compiled = compileAction(
      make([{ id: 'e', type: 'ENUM', title: html, subtitle: `<script>x()</script> (https://x.y)`, values: [{ value: 'v', label: '<i>Italic</i>', subtitle: '<u>u</u>' }] }]),
    );
    expect(compiled.problems).toEqual([]);
    expect(compiled.nodes[0].input.title).toBe(html);
    expect(compiled.nodes[0].input.subtitle).toBe('<script>x()</script> (https://x.y)');
    expect(flattenOptions(compiled.nodes[0].groups)).toEqual([{ value: 'v', label: '<i>Italic</i>', subtitle: '<u>u</u>' }]);
  });

  test('unknown keys on inputs are kept', () => {
    const compiled = compileAction(make([{ id: 'x', type: 'TEXT', title: 'X', 'x-extra': { a: 1 }, sensitive: true }]));
    expect(compiled.nodes[0].input).toEqual({ id: 'x', type: 'TEXT', title: 'X', 'x-extra': { a: 1 }, sensitive: true });
  });

  test('compiling never mutates the schema', () => {
    const raw = { id: 'x', type: 42 };
    const a = make([raw]);
    compileAction(a);
    expect(raw).toEqual({ id: 'x', type: 42 });
  });

  test('a fuzz set of junk never throws', () => {
    const junk: unknown[] = [undefined, null, 0, '', 'x', [], {}, [[]], [{}], [{ id: {} }], [{ id: 'a', values: [[], {}, null, { items: 'x' }, { title: 1, items: [null] }] }],
      [{ id: 'a', type: 'ENUM', values: [{ value: 'v', dependentInputs: 'nope' }] }], [{ id: 'a', dependentInputs: [null, 1, { id: 'b' }] }],
      [{ id: 'a', type: 'ENUM', valuesSource: 'nope' }], [{ id: 'a', type: 'ENUM', valuesSource: null, sourceType: 5 }], [{ id: 'a', type: 'CONDITIONAL', supportedKeysSource: 1 }]];
    for (const inputs of junk) {
      for (const a of [make(inputs), inputs]) {
        expect(() => {
          const compiled = compileAction(a as ParagonAction);
          expectSaneKeys(compiled);
          activeInputs(a as ParagonAction, { a: 'v', b: 'x' });
          collectParameters(a as ParagonAction, { a: 'v', b: 'x' });
          validateParameters(a as ParagonAction, { a: 'v' });
          restoreValues(a as ParagonAction, { a: 'v' });
        }).not.toThrow();
      }
    }
  });
});
