import { describe, expect, test } from 'vitest';
import { collectParameters, compileAction, initialFormValues, restoreValues, type ParagonAction, type Parameters } from '../../src/schema';
import { action } from '../fixtures';

describe('restoreValues: picks the branch at every level', () => {
  const sf = action('SALESFORCE_CREATE_RECORD');
  test.each<[string, Parameters, Record<string, unknown>]>([
    [
      'Task → Call → Outbound',
      { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' },
      {
        recordType: 'Task',
        'field-Subject': 'Follow up',
        'field-TaskSubtype': 'Call',
        'field-CallType': 'Outbound',
        'field-CallDurationInSeconds': '300',
        'field-Description': '',
      },
    ],
    [
      'Task → Call → Inbound (a saved value of an inactive branch is not restored)',
      { recordType: 'Task', 'field-Subject': 'S', 'field-TaskSubtype': 'Call', 'field-CallType': 'Inbound', 'field-CallDurationInSeconds': '300' },
      { recordType: 'Task', 'field-Subject': 'S', 'field-TaskSubtype': 'Call', 'field-CallType': 'Inbound', 'field-Description': '' },
    ],
    [
      'Lead: the boolean is false when absent',
      { recordType: 'Lead', 'field-LastName': 'L' },
      { recordType: 'Lead', 'field-LastName': 'L', 'field-Company': '', 'field-LeadSource': null, 'field-Status': null, 'field-HasOptedOutOfEmail': false },
    ],
    ['CUSTOM: a JSON object becomes editable text', { recordType: 'CUSTOM', recordJson: { a: 1 } }, { recordType: 'CUSTOM', customObjectName: null, recordJson: '{\n  "a": 1\n}' }],
    ['nothing saved', {}, { recordType: null }],
    ['a value not among the options', { recordType: 'Account' }, { recordType: 'Account' }],
  ])('%s', (_name, saved, expected) => {
    expect(restoreValues(sf, saved)).toEqual(expected);
  });

  test('JIRA: absent inputs start empty, the switch takes its defaultValue', () => {
    expect(restoreValues(action('JIRA_CREATE_ISSUE'), { project: 'P', linkMode: 'link', linkType: 'relates' })).toEqual({
      project: 'P',
      issueType: null,
      summary: '',
      description: '',
      assignee: null,
      priority: null,
      linkMode: 'link',
      linkType: 'relates',
      linkedIssueKey: '',
      notifyUsers: true,
      additionalFields: '',
    });
  });

  test('JIRA: an absent enum starts empty even when it has a defaultValue', () => {
    expect(restoreValues(action('JIRA_CREATE_ISSUE'), { notifyUsers: false }).linkMode).toBe(null);
    expect(restoreValues(action('JIRA_CREATE_ISSUE'), { notifyUsers: false }).notifyUsers).toBe(false);
  });

  test('ACME: hidden and readOnly inputs take their schema default; numbers become text to edit', () => {
    expect(restoreValues(action('ACME_CREATE_CONTACT'), { 'contact.email': 'a@b.co', tier: 2, discount: 15, age: 0 })).toEqual({
      'contact.email': 'a@b.co',
      website: '',
      apiKey: '',
      age: '0',
      tier: 2,
      discount: '15',
      owner: null,
      notify: false,
      attachment: '',
      source: 'api',
      region: 'eu-west-1',
      'Level__c': null,
    });
  });

  test('ACME: saved values of hidden and readOnly inputs win over their defaults', () => {
    const restored = restoreValues(action('ACME_CREATE_CONTACT'), { source: 'import', region: 'us-east-1' });
    expect([restored.source, restored.region]).toEqual(['import', 'us-east-1']);
  });

  test('ACME: a boolean-level dependent is restored while its boolean is true', () => {
    expect(restoreValues(action('ACME_CREATE_CONTACT'), { notify: true, welcomeTemplate: 'Hi' })).toMatchObject({ notify: true, welcomeTemplate: 'Hi' });
    expect(restoreValues(action('ACME_CREATE_CONTACT'), { notify: false, welcomeTemplate: 'Hi' })).not.toHaveProperty('welcomeTemplate');
  });

  test('filters and pairs become drafts', () => {
    const restored = restoreValues(action('GOOGLE_SHEETS_UPDATE_ROW'), {
      spreadsheetId: 'S',
      filterFormula: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Email', operator: '$stringExactlyMatches', value: 'j@a.co' }] }] },
      columnValue: { C: 'Closed won', A: 'x' },
    });
    expect(restored).toEqual({
      spreadsheetId: 'S',
      worksheet: null,
      filterFormula: [[{ field: 'Email', operator: '$stringExactlyMatches', value: 'j@a.co' }]],
      columnValue: [{ key: 'C', text: 'Closed won' }, { key: 'A', text: 'x' }],
    });
  });
});

describe('initialFormValues: keyed by node key, inactive branches from schema defaults', () => {
  test('SALESFORCE_CREATE_RECORD restored on Task → Call → Outbound: every position', () => {
    const compiled = compileAction(action('SALESFORCE_CREATE_RECORD'));
    const saved = { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' };
    expect(initialFormValues(compiled, saved)).toEqual({
      'f:recordType': 'Task',
      'f:recordType/Opportunity/field-Name': '', // Opportunity
      'f:recordType/Opportunity/field-StageName': null,
      'f:recordType/Opportunity/field-CloseDate': '',
      'f:recordType/Opportunity/field-Amount': '',
      'f:recordType/Opportunity/field-OwnerId': null,
      'f:recordType/Lead/field-LastName': '', // Lead
      'f:recordType/Lead/field-Company': '',
      'f:recordType/Lead/field-LeadSource': null,
      'f:recordType/Lead/field-Status': null,
      'f:recordType/Lead/field-HasOptedOutOfEmail': false,
      'f:recordType/Task/field-Subject': 'Follow up', // Task
      'f:recordType/Task/field-TaskSubtype': 'Call',
      'f:recordType/Task/field-TaskSubtype/Call/field-CallType': 'Outbound',
      'f:recordType/Task/field-TaskSubtype/Call/field-CallType/Outbound/field-CallDurationInSeconds': '300',
      'f:recordType/Task/field-Description': '',
      'f:recordType/CUSTOM/customObjectName': null, // CUSTOM
      'f:recordType/CUSTOM/recordJson': '',
    });
  });

  test('without saved parameters every position starts from its schema default', () => {
    const compiled = compileAction(action('JIRA_CREATE_ISSUE'));
    const values = initialFormValues(compiled);
    const byId = Object.fromEntries([...compiled.byKey].map(([key, node]) => [node.input.id, values[key]]));
    expect(byId).toEqual({
      project: null,
      issueType: null,
      summary: '',
      description: '',
      assignee: null,
      priority: null,
      linkMode: 'none',
      linkType: null,
      linkedIssueKey: '',
      notifyUsers: true,
      additionalFields: '',
    });
  });

  const branchy: ParagonAction = {
    name: 'BRANCHY',
    title: 'Branchy',
    inputs: [
      {
        id: 'mode',
        type: 'ENUM',
        title: 'Mode',
        defaultValue: 'b',
        values: [
          { value: 'a', dependentInputs: [{ id: 'x', type: 'TEXT', title: 'X', defaultValue: 'dx' }, { id: 'flag', type: 'SWITCH', title: 'Flag', defaultValue: true }] },
          {
            value: 'b',
            dependentInputs: [
              { id: 'x', type: 'TEXT', title: 'X', defaultValue: 'dx-b' },
              { id: 'n', type: 'NUMBER', title: 'N', defaultValue: 5 },
              { id: 'f', type: 'CONDITIONAL', title: 'F', defaultValue: { operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }] } },
              { id: 'j', type: 'CODE', title: 'J', language: 'json', defaultValue: { k: [1] } },
              { id: 'p', type: 'EnumTextAreaPairInput', title: 'P', values: ['K'], defaultValue: { K: 'v' } },
            ],
          },
        ],
      },
    ],
  };

  test.each<[string, Parameters | undefined, Record<string, unknown>]>([
    [
      'no saved state: the default branch and every other branch from defaults',
      undefined,
      {
        'f:mode': 'b',
        'f:mode/a/x': 'dx',
        'f:mode/a/flag': true,
        'f:mode/b/x': 'dx-b',
        'f:mode/b/n': '5',
        'f:mode/b/f': [[{ field: 'A', operator: '$exists' }]],
        'f:mode/b/j': '{\n  "k": [\n    1\n  ]\n}',
        'f:mode/b/p': [{ key: 'K', text: 'v' }],
      },
    ],
    [
      'saved on branch a: a restored (absent inputs empty, boolean default), b from defaults',
      { mode: 'a', x: 'typed' },
      {
        'f:mode': 'a',
        'f:mode/a/x': 'typed',
        'f:mode/a/flag': true,
        'f:mode/b/x': 'dx-b',
        'f:mode/b/n': '5',
        'f:mode/b/f': [[{ field: 'A', operator: '$exists' }]],
        'f:mode/b/j': '{\n  "k": [\n    1\n  ]\n}',
        'f:mode/b/p': [{ key: 'K', text: 'v' }],
      },
    ],
    [
      'saved on branch b: absent inputs start empty, not from defaults',
      { mode: 'b' },
      { 'f:mode': 'b', 'f:mode/a/x': 'dx', 'f:mode/a/flag': true, 'f:mode/b/x': '', 'f:mode/b/n': '', 'f:mode/b/f': [], 'f:mode/b/j': '', 'f:mode/b/p': [] },
    ],
    [
      'saved empty: the enum with a default starts empty',
      {},
      { 'f:mode': null, 'f:mode/a/x': 'dx', 'f:mode/a/flag': true, 'f:mode/b/x': 'dx-b', 'f:mode/b/n': '5', 'f:mode/b/f': [[{ field: 'A', operator: '$exists' }]], 'f:mode/b/j': '{\n  "k": [\n    1\n  ]\n}', 'f:mode/b/p': [{ key: 'K', text: 'v' }] },
    ],
  ])('%s', (_name, saved, expected) => {
    expect(initialFormValues(compileAction(branchy), saved)).toEqual(expected);
  });

  test('collecting the defaults of branch b sends its defaults', () => {
    expect(collectParameters(branchy, restoreValues(branchy, { mode: 'b', x: 'dx-b', n: 5, f: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }] }] } }))).toEqual({
      mode: 'b',
      x: 'dx-b',
      n: 5,
      f: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'A', operator: '$exists' }] }] },
    });
  });

  test('repeated ids across sibling branches: only the chosen position gets the saved value', () => {
    const compiled = compileAction(action('SALESFORCE_SEARCH_RECORDS'));
    const filterFormula = { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Name', operator: '$stringContains', value: 'Acme' }] }] };
    expect(initialFormValues(compiled, { recordType: 'CUSTOM', customObjectName: 'Thing__c', filterFormula })).toEqual({
      'f:recordType': 'CUSTOM',
      'f:recordType/Contact/filterFormula': [], // Contact's filterFormula
      'f:recordType/CUSTOM/customObjectName': 'Thing__c',
      'f:recordType/CUSTOM/filterFormula': [[{ field: 'Name', operator: '$stringContains', value: 'Acme' }]],
    });
  });

  test('numeric enum: a saved number selects the branch of the numeric option', () => {
    const compiled = compileAction(action('ACME_CREATE_CONTACT'));
    const values = initialFormValues(compiled, { tier: 2, discount: 10 });
    const discountKey = [...compiled.byKey].find(([, n]) => n.input.id === 'discount')![0];
    expect(discountKey).toBe('f:tier/2/discount');
    expect(values[discountKey]).toBe('10');
    expect(initialFormValues(compiled, { tier: 1, discount: 10 })[discountKey]).toBe('');
  });
});

describe('round trip: collectParameters(restoreValues(p)) == p', () => {
  const dnf = (...groups: Array<Array<Record<string, unknown>>>) => ({ operator: 'OR', conditions: groups.map((conditions) => ({ operator: 'AND', conditions })) });
  test.each<[string, string, Parameters]>([
    ['SALESFORCE_CREATE_RECORD', 'Task → Call → Outbound', { recordType: 'Task', 'field-Subject': 'S', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '60', 'field-Description': 'Multi\nline' }],
    ['SALESFORCE_CREATE_RECORD', 'Task → Email', { recordType: 'Task', 'field-Subject': 'S', 'field-TaskSubtype': 'Email' }],
    ['SALESFORCE_CREATE_RECORD', 'Lead with opt-out', { recordType: 'Lead', 'field-LastName': 'L', 'field-Company': 'C', 'field-LeadSource': 'Trade show', 'field-HasOptedOutOfEmail': true }],
    ['SALESFORCE_CREATE_RECORD', 'CUSTOM with a JSON object', { recordType: 'CUSTOM', customObjectName: 'Thing__c', recordJson: { Name: 'Acme', Employees: 5, Tags: ['a', 'b'], Nested: { ok: true, none: null } } }],
    ['SALESFORCE_CREATE_RECORD', 'CUSTOM with a JSON array', { recordType: 'CUSTOM', customObjectName: 'Thing__c', recordJson: [1, 'two', { three: 3 }] }],
    ['SALESFORCE_CREATE_RECORD', 'CUSTOM with a JSON number', { recordType: 'CUSTOM', customObjectName: 'Thing__c', recordJson: 42 }],
    ['SALESFORCE_CREATE_RECORD', 'CUSTOM with a token inside a JSON string', { recordType: 'CUSTOM', customObjectName: 'Thing__c', recordJson: { Name: '{{1.name}}' } }],
    ['SALESFORCE_CREATE_RECORD', 'CUSTOM with a bare token (not JSON)', { recordType: 'CUSTOM', customObjectName: 'Thing__c', recordJson: '{"Amount": {{1.amount}}}' }],
    ['SALESFORCE_SEARCH_RECORDS', 'CUSTOM filter', { recordType: 'CUSTOM', customObjectName: 'X', filterFormula: dnf([{ field: 'Name', operator: '$stringExactlyMatches', value: 'A' }]) }],
    ['SALESFORCE_SEARCH_RECORDS', 'Contact without filter', { recordType: 'Contact' }],
    [
      'ZENDESK_SEARCH_TICKETS',
      'every value kind in a filter',
      {
        ticketFilter: dnf(
          [
            { field: 'status', operator: '$stringIsIn', value: ['open', 'pending'] },
            { field: 'created_at', operator: '$dateTimeAfter', value: '2026-01-01T10:00:00Z' },
            { field: 'requester_email', operator: '$exists' },
          ],
          [{ field: 'priority', operator: '$numberGreaterThan', value: 3.5 }, { field: 'subject', operator: '$stringContains', value: '{{1.q}}' }],
          [{ field: 'tags', operator: '$arrayIsEmpty' }],
        ),
        sortBy: 'created_at',
        internalNote: 'line 1\nline 2',
        includeArchived: true,
      },
    ],
    ['GOOGLE_SHEETS_UPDATE_ROW', 'several pairs', { spreadsheetId: 'S', filterFormula: dnf([{ field: 'Id', operator: '$numberEquals', value: 7 }]), columnValue: { A: 'x', D: 'multi\nline', B: '{{1.b}}' } }],
    ['HUBSPOT_CREATE_RECORD', 'a typed EDITABLE_ENUM value', { recordType: 'contacts', 'field-email': 'a@b.co', 'field-lifecyclestage': 'evangelist' }],
    ['JIRA_CREATE_ISSUE', 'no link mode, switch off', { project: 'P', issueType: 'I', summary: 'S', notifyUsers: false }],
    ['JIRA_CREATE_ISSUE', 'link → relates', { project: 'P', issueType: 'I', summary: 'S', linkMode: 'link', linkType: 'relates', linkedIssueKey: 'K-1', notifyUsers: true, additionalFields: { labels: ['x'] } }],
    ['SLACK_SEND_DIRECT_MESSAGE', 'JSON blocks', { message: 'Hi', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }], authenticatedUser: true }],
    ['ACME_CREATE_CONTACT', 'tier 2 with discount 0', { 'contact.email': 'a@b.co', tier: 2, discount: 0, age: 0, notify: false, source: 'api', region: 'eu-west-1' }],
    ['ACME_CREATE_CONTACT', 'tier 3, typed owner, text level', { 'contact.email': 'a@b.co', tier: 3, owner: 'u-1', notify: false, source: 'api', region: 'eu-west-1', 'Level__c': 'Tertiary', apiKey: ' k ' }],
    ['ACME_CREATE_CONTACT', 'number token, unknown type object', { 'contact.email': '{{1.email}}', tier: 1, age: '{{1.age}}', notify: true, welcomeTemplate: 'Hi', attachment: { name: 'a.txt', size: 3 }, source: 'x', region: 'y' }],
    ['ACME_CREATE_CONTACT', 'unknown type with a number', { 'contact.email': 'a@b.co', tier: 1, notify: false, attachment: 5, source: 'api', region: 'eu-west-1' }],
    ['ACME_CREATE_CONTACT', 'unknown type with a boolean', { 'contact.email': 'a@b.co', tier: 1, notify: false, attachment: true, source: 'api', region: 'eu-west-1' }],
    ['ACME_CREATE_CONTACT', 'unknown type with plain text', { 'contact.email': 'a@b.co', tier: 1, notify: false, attachment: 'file.txt', source: 'api', region: 'eu-west-1' }],
    ['ACME_PING', 'no inputs', {}],
  ])('%s: %s', (name, _case, saved) => {
    const a = action(name);
    expect(collectParameters(a, restoreValues(a, saved))).toEqual(saved);
  });

  test('numeric enum values with nested numeric branches', () => {
    const a: ParagonAction = {
      name: 'NUM',
      title: 'Num',
      inputs: [
        {
          id: 'level',
          type: 'ENUM',
          title: 'Level',
          values: [0, { value: 1, dependentInputs: [{ id: 'sub', type: 'ENUM', title: 'Sub', values: [{ value: 10, dependentInputs: [{ id: 'leaf', type: 'NUMBER', title: 'Leaf' }] }, 20] }] }],
        },
      ],
    };
    for (const saved of [{ level: 0 }, { level: 1, sub: 20 }, { level: 1, sub: 10, leaf: 2.5 }, { level: 1, sub: 10 }]) {
      expect(collectParameters(a, restoreValues(a, saved))).toEqual(saved);
    }
  });
});

describe('restoreValues: degenerate input', () => {
  test.each<[string, unknown]>([
    ['action null', null],
    ['inputs not a list', { name: 'X', title: 'X', inputs: {} }],
  ])('%s → {}', (_name, a) => {
    expect(restoreValues(a as ParagonAction, { anything: 1 })).toEqual({});
  });
});
