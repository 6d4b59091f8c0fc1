import { describe, expect, test } from 'vitest';
import { collectParameters, validateParameters, type ParagonAction, type ParagonInput } from '../../src/schema';
import { action, expectedParameters } from '../fixtures';

const OMIT = Symbol('omitted');

/** Collects a one-input Action and returns the input's parameter, or OMIT when the key is absent. */
function collectOne(input: Partial<ParagonInput>, value: unknown): unknown {
  const a: ParagonAction = { name: 'ONE', title: 'One', inputs: [{ id: 'v', title: 'V', type: 'TEXT', ...input } as ParagonInput] };
  const params = collectParameters(a, { v: value });
  expect(Object.keys(params).filter((k) => k !== 'v')).toEqual([]);
  return Object.prototype.hasOwnProperty.call(params, 'v') ? params.v : OMIT;
}

describe('collectParameters: SALESFORCE_CREATE_RECORD', () => {
  const sf = action('SALESFORCE_CREATE_RECORD');
  const everything = {
    recordType: 'Task',
    'field-Name': 'Opp name',
    'field-StageName': 'Prospecting',
    'field-CloseDate': '2026-01-01',
    'field-LastName': 'Lovelace',
    'field-Company': 'Acme',
    'field-HasOptedOutOfEmail': true,
    'field-Subject': 'Follow up',
    'field-TaskSubtype': 'Call',
    'field-CallType': 'Outbound',
    'field-CallDurationInSeconds': '300',
    'field-Description': 'Called back',
    customObjectName: 'Thing__c',
    recordJson: '{"a":1}',
  };
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'Task → Call → Outbound: dependents as top-level siblings, other branches dropped',
      everything,
      {
        recordType: 'Task',
        'field-Subject': 'Follow up',
        'field-TaskSubtype': 'Call',
        'field-CallType': 'Outbound',
        'field-CallDurationInSeconds': '300',
        'field-Description': 'Called back',
      },
    ],
    [
      'Task → Call → Inbound drops the Outbound duration',
      { ...everything, 'field-CallType': 'Inbound' },
      { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Inbound', 'field-Description': 'Called back' },
    ],
    [
      'Task → Email drops the whole Call branch',
      { ...everything, 'field-TaskSubtype': 'Email' },
      { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Email', 'field-Description': 'Called back' },
    ],
    [
      'Lead: its boolean is sent, Task values dropped',
      { ...everything, recordType: 'Lead' },
      { recordType: 'Lead', 'field-LastName': 'Lovelace', 'field-Company': 'Acme', 'field-HasOptedOutOfEmail': true },
    ],
    [
      'Lead without the boolean sends false',
      { recordType: 'Lead', 'field-LastName': 'Lovelace' },
      { recordType: 'Lead', 'field-LastName': 'Lovelace', 'field-HasOptedOutOfEmail': false },
    ],
    [
      'Opportunity: empty optional values omitted',
      { recordType: 'Opportunity', 'field-Name': 'Big', 'field-StageName': null, 'field-CloseDate': '  ', 'field-Amount': '', 'field-OwnerId': '' },
      { recordType: 'Opportunity', 'field-Name': 'Big' },
    ],
    ['CUSTOM: JSON parsed', { ...everything, recordType: 'CUSTOM' }, { recordType: 'CUSTOM', customObjectName: 'Thing__c', recordJson: { a: 1 } }],
    ['nothing chosen: dependents of no branch are not sent', { 'field-Subject': 'Orphan' }, {}],
    ['a value not among the options opens nothing', { ...everything, recordType: 'Account' }, { recordType: 'Account' }],
    ['keys that are not inputs are ignored', { recordType: 'CUSTOM', bogus: 1, 'field-Bogus': 'x' }, { recordType: 'CUSTOM' }],
  ])('%s', (_name, values, expected) => {
    expect(collectParameters(sf, values)).toEqual(expected);
  });
});

describe('collectParameters: JIRA link mode', () => {
  const jira = action('JIRA_CREATE_ISSUE');
  const filled = { project: '10001', issueType: '10004', summary: 'Broken login', linkType: 'relates', linkedIssueKey: 'PROJ-42', notifyUsers: true };
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['link → relates: flat siblings', { ...filled, linkMode: 'link' }, { ...filled, linkMode: 'link' }],
    ['none drops the link branch', { ...filled, linkMode: 'none' }, { project: '10001', issueType: '10004', summary: 'Broken login', linkMode: 'none', notifyUsers: true }],
    [
      'link → blocks drops the issue key',
      { ...filled, linkMode: 'link', linkType: 'blocks' },
      { project: '10001', issueType: '10004', summary: 'Broken login', linkMode: 'link', linkType: 'blocks', notifyUsers: true },
    ],
    ['empty: the switch is sent as false (defaultValue is applied by restore, not by collect)', {}, { notifyUsers: false }],
  ])('%s', (_name, values, expected) => {
    expect(collectParameters(jira, values)).toEqual(expected);
  });
});

describe('collectParameters: booleans are always present', () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['SLACK_SEND_DIRECT_MESSAGE', {}, { authenticatedUser: false }],
    ['ZENDESK_SEARCH_TICKETS', {}, { includeArchived: false }],
    ['ZENDESK_SEARCH_TICKETS', { includeArchived: true }, { includeArchived: true }],
    ['ACME_CREATE_CONTACT', { 'contact.email': 'a@b.co', tier: 1 }, { 'contact.email': 'a@b.co', tier: 1, notify: false }],
    ['ACME_PING', {}, {}],
  ])('%s %j', (name, values, expected) => {
    expect(collectParameters(action(name), values)).toEqual(expected);
  });
});

describe('collectParameters: ACME_CREATE_CONTACT from form-like values', () => {
  const acme = action('ACME_CREATE_CONTACT');
  const expected = expectedParameters.find((e) => e.tool === 'ACME_CREATE_CONTACT')!.parameters;
  test('strings typed into NUMBER and the unknown type become the expected parameters', () => {
    const values = {
      'contact.email': 'ada@example.com',
      website: 'https://example.com',
      apiKey: '',
      age: '36',
      tier: 2,
      discount: ' 15 ',
      owner: 'custom-owner',
      notify: true,
      welcomeTemplate: 'Hi {{contact.firstName}}',
      attachment: '{ "name": "a.txt" }',
      source: 'api',
      region: 'eu-west-1',
      'Level__c': 'Secondary',
    };
    expect(collectParameters(acme, values)).toEqual(expected);
  });
  test('numeric enum values keep their type; a boolean-level dependent is dropped while false', () => {
    expect(collectParameters(acme, { 'contact.email': 'a@b.co', tier: 3, notify: false, welcomeTemplate: 'stale', discount: '5' })).toEqual({
      'contact.email': 'a@b.co',
      tier: 3,
      notify: false,
    });
  });
  test('"true" as a boolean value is sent as true and reveals its dependents', () => {
    expect(collectParameters(acme, { notify: 'true', welcomeTemplate: 'Hi' })).toEqual({ notify: true, welcomeTemplate: 'Hi' });
  });
});

describe('collectParameters: value conversion per type (one-input Actions)', () => {
  const json = { language: 'json' };
  const draftRow = { field: 'Email', operator: '$stringContains', value: '@a.co' };
  const dnf = { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Email', operator: '$stringContains', value: '@a.co' }] }] };
  test.each<[string, Partial<ParagonInput>, unknown, unknown]>([
    // text types: as typed, whitespace-only omitted
    ['TEXT text', { type: 'TEXT' }, 'hi', 'hi'],
    ['TEXT keeps surrounding spaces', { type: 'TEXT' }, ' hi ', ' hi '],
    ['TEXT keeps tokens', { type: 'TEXT' }, 'Hi {{1.name}}', 'Hi {{1.name}}'],
    ['TEXT ""', { type: 'TEXT' }, '', OMIT],
    ['TEXT spaces', { type: 'TEXT' }, '   ', OMIT],
    ['TEXT newline/tab', { type: 'TEXT' }, '\n\t ', OMIT],
    ['TEXT null', { type: 'TEXT' }, null, OMIT],
    ['TEXT undefined', { type: 'TEXT' }, undefined, OMIT],
    ['TEXT_NO_VARS', { type: 'TEXT_NO_VARS' }, '{{literal}}', '{{literal}}'],
    ['TEXTAREA multi-line', { type: 'TEXTAREA', lines: 4 }, 'a\nb', 'a\nb'],
    ['TEXTAREA_NO_VARS ""', { type: 'TEXTAREA_NO_VARS' }, '', OMIT],
    ['EMAIL', { type: 'EMAIL' }, 'a@b.co', 'a@b.co'],
    ['EMAIL ""', { type: 'EMAIL' }, '', OMIT],
    ['URL', { type: 'URL' }, 'https://x.y', 'https://x.y'],
    ['PASSWORD keeps spaces', { type: 'PASSWORD' }, ' s3cret ', ' s3cret '],
    ['PASSWORD spaces only', { type: 'PASSWORD' }, '  ', OMIT],
    // NUMBER
    ['NUMBER "36"', { type: 'NUMBER' }, '36', 36],
    ['NUMBER "1e3"', { type: 'NUMBER' }, '1e3', 1000],
    ['NUMBER " 42 "', { type: 'NUMBER' }, ' 42 ', 42],
    ['NUMBER "-3.5"', { type: 'NUMBER' }, '-3.5', -3.5],
    ['NUMBER "0"', { type: 'NUMBER' }, '0', 0],
    ['NUMBER 0', { type: 'NUMBER' }, 0, 0],
    ['NUMBER 36', { type: 'NUMBER' }, 36, 36],
    ['NUMBER "{{x}}" stays text', { type: 'NUMBER' }, '{{x}}', '{{x}}'],
    ['NUMBER "abc" stays text', { type: 'NUMBER' }, 'abc', 'abc'],
    ['NUMBER ""', { type: 'NUMBER' }, '', OMIT],
    ['NUMBER spaces', { type: 'NUMBER' }, '  ', OMIT],
    ['NUMBER null', { type: 'NUMBER' }, null, OMIT],
    ['NUMBER NaN', { type: 'NUMBER' }, Number.NaN, OMIT],
    ['NUMBER Infinity', { type: 'NUMBER' }, Number.POSITIVE_INFINITY, OMIT],
    // CODE
    ['CODE json object', { type: 'CODE', ...json }, '{"a":1,"b":[true,null]}', { a: 1, b: [true, null] }],
    ['CODE json array', { type: 'CODE', ...json }, ' [1, 2] ', [1, 2]],
    ['CODE json number', { type: 'CODE', ...json }, '42', 42],
    // SPEC §3: parsed whenever the text parses; tokens inside JSON strings stay in those strings
    ['CODE json with a token inside a string is parsed', { type: 'CODE', ...json }, '{"email": "{{1.email}}"}', { email: '{{1.email}}' }],
    ['CODE json with a bare token is sent as text', { type: 'CODE', ...json }, '{"n": {{1.count}}}', '{"n": {{1.count}}}'],
    ['CODE invalid json kept as text', { type: 'CODE', ...json }, '{not json', '{not json'],
    ['CODE json ""', { type: 'CODE', ...json }, '', OMIT],
    ['CODE json spaces', { type: 'CODE', ...json }, ' \n ', OMIT],
    ['CODE json already parsed', { type: 'CODE', ...json }, { a: 1 }, { a: 1 }],
    ['CODE without language stays text', { type: 'CODE' }, '{"a":1}', '{"a":1}'],
    ['CODE javascript stays text', { type: 'CODE', language: 'javascript' }, 'return 1;', 'return 1;'],
    // booleans
    ['BOOLEAN_INPUT true', { type: 'BOOLEAN_INPUT' }, true, true],
    ['BOOLEAN_INPUT false', { type: 'BOOLEAN_INPUT' }, false, false],
    ['BOOLEAN_INPUT missing', { type: 'BOOLEAN_INPUT' }, undefined, false],
    ['BOOLEAN_INPUT null', { type: 'BOOLEAN_INPUT' }, null, false],
    ['BOOLEAN_INPUT "true"', { type: 'BOOLEAN_INPUT' }, 'true', true],
    ['BOOLEAN_INPUT "false"', { type: 'BOOLEAN_INPUT' }, 'false', false],
    ['SWITCH missing (defaultValue true is for restore)', { type: 'SWITCH', defaultValue: true }, undefined, false],
    ['SWITCH required missing', { type: 'SWITCH', required: true }, undefined, false],
    // enums
    ['ENUM string', { type: 'ENUM', values: ['a'] }, 'a', 'a'],
    ['ENUM number keeps type', { type: 'ENUM', values: [1, 2] }, 2, 2],
    ['ENUM text of a number stays text', { type: 'ENUM', values: [1, 2] }, '2', '2'],
    ['ENUM 0', { type: 'ENUM', values: [0, 1] }, 0, 0],
    ['ENUM null', { type: 'ENUM', values: ['a'] }, null, OMIT],
    ['ENUM ""', { type: 'ENUM', values: ['a'] }, '', OMIT],
    ['EDITABLE_ENUM typed value', { type: 'EDITABLE_ENUM', values: ['a'] }, 'custom', 'custom'],
    ['EDITABLE_ENUM spaces', { type: 'EDITABLE_ENUM', values: ['a'] }, '   ', OMIT],
    ['DYNAMIC_ENUM', { type: 'DYNAMIC_ENUM', valuesSource: { sourceType: 's' } }, 'U1', 'U1'],
    ['DYNAMIC_ENUM null', { type: 'DYNAMIC_ENUM', valuesSource: { sourceType: 's' } }, null, OMIT],
    ['EDITABLE_DYNAMIC_ENUM', { type: 'EDITABLE_DYNAMIC_ENUM', valuesSource: { sourceType: 's' } }, 'typed', 'typed'],
    // EnumTextAreaPairInput
    [
      'pairs: incomplete rows dropped',
      { type: 'EnumTextAreaPairInput', values: ['A', 'B', 'C'] },
      [{ key: 'A', text: 'one' }, { key: 'B', text: '' }, { key: '', text: 'orphan' }, { key: 'C', text: '  ' }],
      { A: 'one' },
    ],
    ['pairs: text kept as typed', { type: 'EnumTextAreaPairInput', values: ['A'] }, [{ key: 'A', text: ' x {{1.y}} ' }], { A: ' x {{1.y}} ' }],
    ['pairs: numeric keys', { type: 'EnumTextAreaPairInput', values: [1, 2] }, [{ key: 1, text: 'one' }, { key: 2, text: 'two' }], { 1: 'one', 2: 'two' }],
    ['pairs: no rows', { type: 'EnumTextAreaPairInput', values: ['A'] }, [], OMIT],
    ['pairs: only incomplete rows', { type: 'EnumTextAreaPairInput', values: ['A'] }, [{ key: '', text: '' }, { key: 'A', text: '' }], OMIT],
    ['pairs: an object', { type: 'EnumTextAreaPairInput', values: ['A'] }, { A: 'x' }, { A: 'x' }],
    ['pairs: an empty object', { type: 'EnumTextAreaPairInput', values: ['A'] }, {}, OMIT],
    ['pairs: null', { type: 'EnumTextAreaPairInput', values: ['A'] }, null, OMIT],
    // filters
    ['filter draft cleaned', { type: 'CONDITIONAL' }, [[draftRow, { field: 'Name', operator: '', value: '' }], [{ field: '', operator: '$exists' }]], dnf],
    ['filter: no groups', { type: 'CONDITIONAL' }, [], OMIT],
    ['filter: one empty group', { type: 'CONDITIONAL' }, [[]], OMIT],
    ['filter: one empty row', { type: 'CONDITIONAL' }, [[{ field: '', operator: '', value: '' }]], OMIT],
    ['filter: a saved DNF object is re-cleaned', { type: 'CONDITIONAL' }, dnf, dnf],
    ['filter: null', { type: 'CONDITIONAL' }, null, OMIT],
    ['DYNAMIC_CONDITIONAL draft', { type: 'CONDITIONAL', supportedKeysSource: { sourceType: 'cols' } }, [[draftRow]], dnf],
    // unknown types
    ['unknown type: text as entered', { type: 'FILE' }, ' some text ', ' some text '],
    ['unknown type: JSON object text parsed', { type: 'FILE' }, '{ "name": "a.txt" }', { name: 'a.txt' }],
    ['unknown type: JSON array text parsed', { type: 'FILE' }, '[1, "b"]', [1, 'b']],
    ['unknown type: broken JSON stays text', { type: 'FILE' }, '{broken', '{broken'],
    ['unknown type: number-like text stays text', { type: 'FILE' }, '5', '5'],
    ['unknown type: spaces', { type: 'FILE' }, '   ', OMIT],
    ['unknown type: an object', { type: 'FILE' }, { name: 'a' }, { name: 'a' }],
    ['unknown type: a number', { type: 'FILE' }, 5, 5],
    ['unknown type: null', { type: 'FILE' }, null, OMIT],
  ])('%s', (_name, input, value, expected) => {
    expect(collectOne(input, value)).toEqual(expected);
  });
});

describe('collectParameters: drafts from the fixture Actions', () => {
  test('GOOGLE_SHEETS_UPDATE_ROW: pairs and a filter draft give the expected parameters', () => {
    const values = {
      spreadsheetId: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
      worksheet: '0',
      filterFormula: [[{ field: 'Email', operator: '$stringExactlyMatches', value: ' jane@acme.com ' }, { field: 'Name', operator: '', value: '' }]],
      columnValue: [{ key: 'C', text: 'Closed won' }, { key: 'A', text: '' }],
    };
    expect(collectParameters(action('GOOGLE_SHEETS_UPDATE_ROW'), values)).toEqual(
      expectedParameters.find((e) => e.tool === 'GOOGLE_SHEETS_UPDATE_ROW')!.parameters,
    );
  });
  test('SALESFORCE_SEARCH_RECORDS: the repeated filterFormula id is collected for the chosen branch only', () => {
    const filter = [[{ field: 'Name', operator: '$stringContains', value: 'Acme' }]];
    expect(collectParameters(action('SALESFORCE_SEARCH_RECORDS'), { recordType: 'CUSTOM', customObjectName: 'Thing__c', filterFormula: filter })).toEqual({
      recordType: 'CUSTOM',
      customObjectName: 'Thing__c',
      filterFormula: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Name', operator: '$stringContains', value: 'Acme' }] }] },
    });
  });
  test('"abc" in a NUMBER stays text and validateParameters flags it', () => {
    const acme = action('ACME_CREATE_CONTACT');
    const params = collectParameters(acme, { 'contact.email': 'a@b.co', tier: 1, age: 'abc' });
    expect(params).toEqual({ 'contact.email': 'a@b.co', tier: 1, age: 'abc', notify: false });
    expect(validateParameters(acme, params)).toEqual({ age: 'Age must be a number' });
  });
  test('invalid JSON in CODE stays text and validateParameters flags it', () => {
    const sf = action('SALESFORCE_CREATE_RECORD');
    const params = collectParameters(sf, { recordType: 'CUSTOM', customObjectName: 'X', recordJson: '{"a":' });
    expect(params).toEqual({ recordType: 'CUSTOM', customObjectName: 'X', recordJson: '{"a":' });
    expect(Object.keys(validateParameters(sf, params))).toEqual(['recordJson']);
    expect(validateParameters(sf, params).recordJson).toMatch(/^Record fields \(JSON\) must be valid JSON \(.+\)$/);
  });
});
