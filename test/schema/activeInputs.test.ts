import { describe, expect, test } from 'vitest';
import { activeInputs, activeNodes, compileAction, type ParagonAction } from '../../src/schema';
import { action } from '../fixtures';

const ids = (a: ParagonAction, values: Record<string, unknown>) => activeInputs(a, values).map((i) => i.id);

describe('activeInputs: SALESFORCE_CREATE_RECORD (3-level polymorphism)', () => {
  const sf = action('SALESFORCE_CREATE_RECORD');
  test.each<[string, Record<string, unknown>, string[]]>([
    ['nothing chosen', {}, ['recordType']],
    ['recordType null', { recordType: null }, ['recordType']],
    ['Task', { recordType: 'Task' }, ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-Description']],
    ['Task → Email', { recordType: 'Task', 'field-TaskSubtype': 'Email' }, ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-Description']],
    [
      'Task → Call',
      { recordType: 'Task', 'field-TaskSubtype': 'Call' },
      ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-CallType', 'field-Description'],
    ],
    [
      'Task → Call → Inbound',
      { recordType: 'Task', 'field-TaskSubtype': 'Call', 'field-CallType': 'Inbound' },
      ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-CallType', 'field-Description'],
    ],
    [
      'Task → Call → Outbound',
      { recordType: 'Task', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound' },
      ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-CallType', 'field-CallDurationInSeconds', 'field-Description'],
    ],
    [
      'Opportunity',
      { recordType: 'Opportunity' },
      ['recordType', 'field-Name', 'field-StageName', 'field-CloseDate', 'field-Amount', 'field-OwnerId'],
    ],
    [
      'Lead',
      { recordType: 'Lead' },
      ['recordType', 'field-LastName', 'field-Company', 'field-LeadSource', 'field-Status', 'field-HasOptedOutOfEmail'],
    ],
    ['CUSTOM', { recordType: 'CUSTOM' }, ['recordType', 'customObjectName', 'recordJson']],
    [
      'Opportunity with stale Task values present',
      { recordType: 'Opportunity', 'field-Subject': 'x', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '5' },
      ['recordType', 'field-Name', 'field-StageName', 'field-CloseDate', 'field-Amount', 'field-OwnerId'],
    ],
    [
      'Task → Email with stale Call values present',
      { recordType: 'Task', 'field-TaskSubtype': 'Email', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '5' },
      ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-Description'],
    ],
    ['a value not among the options', { recordType: 'Account' }, ['recordType']],
    ['a value differing only in case', { recordType: 'task' }, ['recordType']],
    ['an option label instead of its value', { recordType: 'Custom Object' }, ['recordType']],
    ['a nested value not among the options', { recordType: 'Task', 'field-TaskSubtype': 'Meeting' }, ['recordType', 'field-Subject', 'field-TaskSubtype', 'field-Description']],
    ['an object value', { recordType: { value: 'Task' } }, ['recordType']],
  ])('%s', (_name, values, expected) => {
    expect(ids(sf, values)).toEqual(expected);
  });

  test('returns the schema inputs themselves (deep equal), in display order', () => {
    const inputs = activeInputs(sf, { recordType: 'Task', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound' });
    const task = (sf.inputs![0].values as Array<{ value: string; dependentInputs: ParagonAction['inputs'] }>)[2];
    expect(inputs[0]).toEqual(sf.inputs![0]);
    expect(inputs[1]).toEqual(task.dependentInputs![0]);
    expect(inputs[4]).toEqual({ id: 'field-CallDurationInSeconds', type: 'TEXT', title: 'Call Duration (seconds)', required: false });
  });
});

describe('activeInputs: JIRA_CREATE_ISSUE', () => {
  const jira = action('JIRA_CREATE_ISSUE');
  const base = ['project', 'issueType', 'summary', 'description', 'assignee', 'priority', 'linkMode'];
  const tail = ['notifyUsers', 'additionalFields'];
  test.each<[string, Record<string, unknown>, string[]]>([
    ['linkMode unset', {}, [...base, ...tail]],
    ['linkMode none', { linkMode: 'none' }, [...base, ...tail]],
    ['linkMode link', { linkMode: 'link' }, [...base, 'linkType', ...tail]],
    ['link → blocks', { linkMode: 'link', linkType: 'blocks' }, [...base, 'linkType', ...tail]],
    ['link → relates', { linkMode: 'link', linkType: 'relates' }, [...base, 'linkType', 'linkedIssueKey', ...tail]],
    ['none with a stale relates', { linkMode: 'none', linkType: 'relates', linkedIssueKey: 'P-1' }, [...base, ...tail]],
  ])('%s', (_name, values, expected) => {
    expect(ids(jira, values)).toEqual(expected);
  });
});

describe('activeInputs: ACME_CREATE_CONTACT (numeric enum values, boolean-level dependents)', () => {
  const acme = action('ACME_CREATE_CONTACT');
  const before = ['contact.email', 'website', 'apiKey', 'age', 'tier'];
  const middle = ['owner', 'notify'];
  const after = ['attachment', 'source', 'region', 'Level__c'];
  test.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, [...before, ...middle, ...after]],
    ['tier 2 (number)', { tier: 2 }, [...before, 'discount', ...middle, ...after]],
    ['tier "2" (same text)', { tier: '2' }, [...before, 'discount', ...middle, ...after]],
    ['tier 1', { tier: 1 }, [...before, ...middle, ...after]],
    ['tier 3', { tier: 3 }, [...before, ...middle, ...after]],
    ['tier 4 (not an option)', { tier: 4 }, [...before, ...middle, ...after]],
    ['tier "02" (not the same text)', { tier: '02' }, [...before, ...middle, ...after]],
    ['notify true', { notify: true }, [...before, ...middle, 'welcomeTemplate', ...after]],
    ['notify false', { notify: false, welcomeTemplate: 'stale' }, [...before, ...middle, ...after]],
    ['notify missing', { welcomeTemplate: 'stale' }, [...before, ...middle, ...after]],
    ['notify "true" (what is sent is true)', { notify: 'true' }, [...before, ...middle, 'welcomeTemplate', ...after]],
    ['notify "false"', { notify: 'false' }, [...before, ...middle, ...after]],
    ['tier 2 and notify', { tier: 2, notify: true }, [...before, 'discount', ...middle, 'welcomeTemplate', ...after]],
  ])('%s', (_name, values, expected) => {
    expect(ids(acme, values)).toEqual(expected);
  });
});

describe('activeInputs: input-level dependents of non-boolean inputs appear once the value is non-empty', () => {
  const a: ParagonAction = {
    name: 'T',
    title: 'T',
    inputs: [
      { id: 'name', type: 'TEXT', title: 'Name', dependentInputs: [{ id: 'nick', type: 'TEXT', title: 'Nickname' }] },
      { id: 'count', type: 'NUMBER', title: 'Count', dependentInputs: [{ id: 'unit', type: 'TEXT', title: 'Unit' }] },
      {
        id: 'color',
        type: 'ENUM',
        title: 'Color',
        values: ['red', { value: 'blue', dependentInputs: [{ id: 'shade', type: 'TEXT', title: 'Shade' }] }],
        dependentInputs: [{ id: 'why', type: 'TEXT', title: 'Why' }],
      },
      { id: 'rows', type: 'EnumTextAreaPairInput', title: 'Rows', values: ['A'], dependentInputs: [{ id: 'rowNote', type: 'TEXT', title: 'Row note' }] },
    ],
  };
  test.each<[string, Record<string, unknown>, string[]]>([
    ['all empty', {}, ['name', 'count', 'color', 'rows']],
    ['whitespace text', { name: '   ' }, ['name', 'count', 'color', 'rows']],
    ['text', { name: 'Ada' }, ['name', 'nick', 'count', 'color', 'rows']],
    ['number 0 is a value', { count: 0 }, ['name', 'count', 'unit', 'color', 'rows']],
    ['number "0" is a value', { count: '0' }, ['name', 'count', 'unit', 'color', 'rows']],
    ['empty number text', { count: '' }, ['name', 'count', 'color', 'rows']],
    ['enum without branch', { color: 'red' }, ['name', 'count', 'color', 'why', 'rows']],
    ['enum with branch: branch first, then own dependents', { color: 'blue' }, ['name', 'count', 'color', 'shade', 'why', 'rows']],
    ['pair rows with no complete row', { rows: [{ key: 'A', text: '' }] }, ['name', 'count', 'color', 'rows']],
    ['pair rows with a complete row', { rows: [{ key: 'A', text: 'x' }] }, ['name', 'count', 'color', 'rows', 'rowNote']],
  ])('%s', (_name, values, expected) => {
    expect(ids(a, values)).toEqual(expected);
  });
});

describe('activeInputs: repeated ids across sibling branches (SALESFORCE_SEARCH_RECORDS filterFormula)', () => {
  const search = action('SALESFORCE_SEARCH_RECORDS');
  test('Contact picks the Contact branch filterFormula', () => {
    const inputs = activeInputs(search, { recordType: 'Contact' });
    expect(inputs.map((i) => i.id)).toEqual(['recordType', 'filterFormula']);
    expect(inputs[1].supportedKeysSource).toEqual({ sourceType: 'cachedFields', dependencies: ['recordType'] });
    expect(inputs[1].supportedOperators).toHaveLength(7);
  });
  test('CUSTOM picks the CUSTOM branch filterFormula', () => {
    const inputs = activeInputs(search, { recordType: 'CUSTOM' });
    expect(inputs.map((i) => i.id)).toEqual(['recordType', 'customObjectName', 'filterFormula']);
    expect(inputs[2].supportedKeysSource).toEqual({ sourceType: 'cachedFields', dependencies: ['customObjectName'] });
    expect(inputs[2].supportedOperators).toEqual(['$stringExactlyMatches', '$stringContains']);
  });
  test('the two positions have distinct internal keys', () => {
    const compiled = compileAction(search);
    const keyed = (recordType: string) => activeNodes(compiled, (n) => (n.input.id === 'recordType' ? recordType : undefined)).map((n) => n.key);
    expect(keyed('Contact')).toEqual(['f:recordType', 'f:recordType/Contact/filterFormula']);
    expect(keyed('CUSTOM')).toEqual(['f:recordType', 'f:recordType/CUSTOM/customObjectName', 'f:recordType/CUSTOM/filterFormula']);
  });
});

describe('activeInputs: degenerate Actions', () => {
  test.each<[string, unknown]>([
    ['no inputs key', { name: 'X', title: 'X' }],
    ['empty inputs', { name: 'X', title: 'X', inputs: [] }],
    ['inputs not a list', { name: 'X', title: 'X', inputs: 'nope' }],
    ['action null', null],
  ])('%s → []', (_name, a) => {
    expect(activeInputs(a as ParagonAction, {})).toEqual([]);
  });
});
