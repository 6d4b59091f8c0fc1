import { describe, expect, test } from 'vitest';
import { validateParameters, type ParagonAction, type ParagonInput, type Parameters } from '../../src/schema';
import { action } from '../fixtures';

/** Validates a one-input Action; returns its message or undefined. */
function validateOne(input: Partial<ParagonInput>, value: unknown): string | undefined {
  const a: ParagonAction = { name: 'ONE', title: 'One', inputs: [{ id: 'v', title: 'Field', type: 'TEXT', ...input } as ParagonInput] };
  const params: Parameters = value === undefined ? {} : { v: value };
  const errors = validateParameters(a, params);
  expect(Object.keys(errors).filter((k) => k !== 'v')).toEqual([]);
  return errors.v;
}

describe('validateParameters: required inputs on the active path', () => {
  test.each<[string, string, Parameters, Record<string, string>]>([
    ['SALESFORCE_CREATE_RECORD', 'nothing', {}, { recordType: 'Record type is required' }],
    ['SALESFORCE_CREATE_RECORD', 'Task', { recordType: 'Task' }, { 'field-Subject': 'Subject is required', 'field-TaskSubtype': 'Task Subtype is required' }],
    ['SALESFORCE_CREATE_RECORD', 'Task, blank subject', { recordType: 'Task', 'field-Subject': '   ', 'field-TaskSubtype': 'Call' }, { 'field-Subject': 'Subject is required' }],
    ['SALESFORCE_CREATE_RECORD', 'Task → Call (Call Type optional)', { recordType: 'Task', 'field-Subject': 'x', 'field-TaskSubtype': 'Call' }, {}],
    [
      'SALESFORCE_CREATE_RECORD',
      'Opportunity',
      { recordType: 'Opportunity' },
      { 'field-Name': 'Name is required', 'field-StageName': 'Stage is required', 'field-CloseDate': 'Close Date is required' },
    ],
    [
      'SALESFORCE_CREATE_RECORD',
      'Lead: required inputs of Opportunity and Task do not count',
      { recordType: 'Lead' },
      { 'field-LastName': 'Last Name is required', 'field-Company': 'Company is required' },
    ],
    ['SALESFORCE_CREATE_RECORD', 'Lead complete', { recordType: 'Lead', 'field-LastName': 'L', 'field-Company': 'C' }, {}],
    ['SALESFORCE_CREATE_RECORD', 'an unknown record type opens no branch', { recordType: 'Account' }, {}],
    ['SALESFORCE_CREATE_RECORD', 'CUSTOM', { recordType: 'CUSTOM' }, { customObjectName: 'Object is required', recordJson: 'Record fields (JSON) is required' }],
    ['SALESFORCE_SEARCH_RECORDS', 'CUSTOM (repeated filterFormula id, optional)', { recordType: 'CUSTOM' }, { customObjectName: 'Object is required' }],
    ['SALESFORCE_SEARCH_RECORDS', 'Contact', { recordType: 'Contact' }, {}],
    ['JIRA_CREATE_ISSUE', 'nothing', {}, { project: 'Project is required', issueType: 'Issue Type is required', summary: 'Summary is required' }],
    ['JIRA_CREATE_ISSUE', 'link without a type', { project: 'P', issueType: 'I', summary: 'S', linkMode: 'link' }, { linkType: 'Link type is required' }],
    ['JIRA_CREATE_ISSUE', 'link → relates without a key', { project: 'P', issueType: 'I', summary: 'S', linkMode: 'link', linkType: 'relates' }, { linkedIssueKey: 'Issue key is required' }],
    ['JIRA_CREATE_ISSUE', 'link → blocks', { project: 'P', issueType: 'I', summary: 'S', linkMode: 'link', linkType: 'blocks' }, {}],
    ['JIRA_CREATE_ISSUE', 'none', { project: 'P', issueType: 'I', summary: 'S', linkMode: 'none' }, {}],
    ['ACME_CREATE_CONTACT', 'nothing', {}, { 'contact.email': 'Contact email is required', tier: 'Tier is required' }],
    ['ACME_CREATE_CONTACT', 'tier 2 requires its discount', { 'contact.email': 'a@b.co', tier: 2 }, { discount: 'Discount (%) is required' }],
    ['ACME_CREATE_CONTACT', 'tier "2" too', { 'contact.email': 'a@b.co', tier: '2' }, { discount: 'Discount (%) is required' }],
    ['ACME_CREATE_CONTACT', 'tier 1', { 'contact.email': 'a@b.co', tier: 1 }, {}],
    ['ACME_CREATE_CONTACT', 'notify requires its template', { 'contact.email': 'a@b.co', tier: 1, notify: true }, { welcomeTemplate: 'Welcome template is required' }],
    ['ACME_CREATE_CONTACT', 'notify false does not', { 'contact.email': 'a@b.co', tier: 1, notify: false }, {}],
    [
      'GOOGLE_SHEETS_UPDATE_ROW',
      'nothing: required filter and pairs',
      {},
      { spreadsheetId: 'Spreadsheet is required', filterFormula: 'Row to update needs at least one complete condition', columnValue: 'Column value is required' },
    ],
    [
      'GOOGLE_SHEETS_UPDATE_ROW',
      'a filter with only incomplete conditions, pairs with only empty text',
      {
        spreadsheetId: 'S',
        filterFormula: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Email', operator: '$stringExactlyMatches' }, { field: '', operator: '$exists' }] }] },
        columnValue: [{ key: 'A', text: '' }],
      },
      { filterFormula: 'Row to update needs at least one complete condition', columnValue: 'Column value is required' },
    ],
    [
      'GOOGLE_SHEETS_UPDATE_ROW',
      'a filter draft with a complete condition',
      { spreadsheetId: 'S', filterFormula: [[{ field: 'Email', operator: '$stringContains', value: 'x' }]], columnValue: { A: 'x' } },
      {},
    ],
  ])('%s: %s', (name, _case, params, expected) => {
    expect(validateParameters(action(name), params)).toEqual(expected);
  });
});

describe('validateParameters: formats', () => {
  const acme = action('ACME_CREATE_CONTACT');
  const ok = { 'contact.email': 'ada@example.com', tier: 1 };
  test.each<[string, string | undefined]>([
    ['ada@example.com', undefined],
    [' ada@example.com ', undefined],
    ['first.last+tag@sub.example.co.uk', undefined],
    ['{{contact.email}}', undefined],
    ['ada', 'Contact email must be an email address'],
    ['ada@example', 'Contact email must be an email address'],
    ['@example.com', 'Contact email must be an email address'],
    ['a b@example.com', 'Contact email must be an email address'],
    ['ada@@example.com', 'Contact email must be an email address'],
  ])('EMAIL %j', (email, message) => {
    expect(validateParameters(acme, { ...ok, 'contact.email': email })).toEqual(message ? { 'contact.email': message } : {});
  });

  test.each<[string, boolean]>([
    ['https://x.y', true],
    ['http://example.com', true],
    ['https://example.com/path?q=1#h', true],
    ['http://localhost:3000', true],
    ['{{settings.website}}', true],
    ['https://{{host}}/path', true],
    ['example.com', false],
    ['www.example.com', false],
    ['/relative/path', false],
    ['relative', false],
    ['ftp://example.com', false],
    ['mailto:ada@example.com', false],
    ['javascript:alert(1)', false],
    ['https://', false],
  ])('URL %j valid: %s', (url, valid) => {
    expect(validateParameters(acme, { ...ok, website: url })).toEqual(valid ? {} : { website: 'Website must be a URL starting with http:// or https://' });
  });

  test.each<[unknown, string | undefined]>([
    [36, undefined],
    [0, undefined],
    [-1.5, undefined],
    ['36', undefined],
    ['1e3', undefined],
    ['{{1.age}}', undefined],
    ['abc', 'Age must be a number'],
    ['12abc', 'Age must be a number'],
    ['', undefined],
    [null, undefined],
  ])('NUMBER %j', (age, message) => {
    expect(validateParameters(acme, { ...ok, age })).toEqual(message ? { age: message } : {});
  });

  test('a required NUMBER left empty', () => {
    expect(validateParameters(acme, { ...ok, tier: 2, discount: '' })).toEqual({ discount: 'Discount (%) is required' });
    expect(validateParameters(acme, { ...ok, tier: 2, discount: 'ten' })).toEqual({ discount: 'Discount (%) must be a number' });
  });
});

describe('validateParameters: one-input cases', () => {
  test.each<[string, Partial<ParagonInput>, unknown, string | undefined | RegExp]>([
    ['required TEXT missing', { type: 'TEXT', required: true }, undefined, 'Field is required'],
    ['required TEXT empty', { type: 'TEXT', required: true }, '', 'Field is required'],
    ['required TEXT whitespace', { type: 'TEXT', required: true }, ' \n ', 'Field is required'],
    ['optional TEXT missing', { type: 'TEXT' }, undefined, undefined],
    ['required BOOLEAN_INPUT missing', { type: 'BOOLEAN_INPUT', required: true }, undefined, undefined],
    ['required BOOLEAN_INPUT false', { type: 'BOOLEAN_INPUT', required: true }, false, undefined],
    ['required SWITCH false', { type: 'SWITCH', required: true }, false, undefined],
    ['required ENUM null', { type: 'ENUM', required: true, values: ['a'] }, null, 'Field is required'],
    ['required ENUM 0', { type: 'ENUM', required: true, values: [0, 1] }, 0, undefined],
    ['required EDITABLE_ENUM spaces', { type: 'EDITABLE_ENUM', required: true, values: ['a'] }, '  ', 'Field is required'],
    ['required CONDITIONAL missing', { type: 'CONDITIONAL', required: true }, undefined, 'Field needs at least one complete condition'],
    ['required CONDITIONAL empty draft', { type: 'CONDITIONAL', required: true }, [[{ field: '', operator: '', value: '' }]], 'Field needs at least one complete condition'],
    ['required CONDITIONAL no-value operator', { type: 'CONDITIONAL', required: true }, [[{ field: 'A', operator: '$exists' }]], undefined],
    ['required pairs', { type: 'EnumTextAreaPairInput', required: true, values: ['A'] }, [], 'Field is required'],
    ['CODE json valid', { type: 'CODE', language: 'json' }, '{"a":1}', undefined],
    ['CODE json already parsed', { type: 'CODE', language: 'json' }, { a: 1 }, undefined],
    ['CODE json with tokens', { type: 'CODE', language: 'json' }, '{"a": {{1.a}}}', undefined],
    ['CODE json invalid', { type: 'CODE', language: 'json' }, '{"a":}', /^Field must be valid JSON \(.+\)$/],
    ['CODE json trailing comma', { type: 'CODE', language: 'json' }, '[1,]', /^Field must be valid JSON \(.+\)$/],
    ['CODE javascript is not parsed', { type: 'CODE', language: 'javascript' }, '{"a":}', undefined],
    ['required CODE blank', { type: 'CODE', language: 'json', required: true }, '  ', 'Field is required'],
    ['EMAIL token', { type: 'EMAIL' }, '{{1.email}}', undefined],
    ['URL token', { type: 'URL' }, '{{1.url}}', undefined],
    ['NUMBER token', { type: 'NUMBER' }, '{{1.n}}', undefined],
    ['EMAIL with HTML title: message keeps the title as text', { type: 'EMAIL', title: '<b>Mail</b>' }, 'x', '<b>Mail</b> must be an email address'],
    ['unknown type required', { type: 'FILE', required: true }, undefined, 'Field is required'],
    ['unknown type any value', { type: 'FILE', required: true }, { a: 1 }, undefined],
    ['PASSWORD has no format', { type: 'PASSWORD' }, 'x', undefined],
  ])('%s', (_name, input, value, expected) => {
    const message = validateOne(input, value);
    if (expected instanceof RegExp) expect(message).toMatch(expected);
    else expect(message).toBe(expected);
  });
});

describe('validateParameters: odd ids', () => {
  test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'a.b', 'x[0]', 'with space'])('an input with id %j is reported', (id) => {
    const a: ParagonAction = { name: 'X', title: 'X', inputs: [{ id, type: 'TEXT', title: 'Name', required: true }] };
    const errors = validateParameters(a, {});
    expect(Object.keys(errors)).toEqual([id]);
    expect(errors[id]).toBe('Name is required');
  });
  test.each(['constructor', 'toString', '__proto__'])('an empty map does not lend %j a value from Object.prototype', (id) => {
    const a: ParagonAction = { name: 'X', title: 'X', inputs: [{ id, type: 'EMAIL', title: 'Mail' }] };
    expect(validateParameters(a, {})).toEqual({});
  });
});
