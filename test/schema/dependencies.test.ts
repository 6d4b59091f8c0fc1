import { describe, expect, test } from 'vitest';
import { compileAction, decideDynamicValue, type InputNode, type LoadedOptionsList, type NormalizedOption } from '../../src/schema';
import { action } from '../fixtures';

const find = (nodes: InputNode[], path: Array<string | number>): InputNode => {
  let list = nodes;
  let node: InputNode | undefined;
  for (const step of path) {
    node = typeof step === 'number' ? list[step] : list.find((n) => n.input.id === step);
    if (!node) throw new Error(`no ${step}`);
    list = node.branches.size ? [...node.branches.values()].flat() : node.dependents;
  }
  return node as InputNode;
};

describe('compileAction resolves option dependencies to the nearest input with the id', () => {
  test('HubSpot: Deal Stage depends on its sibling Pipeline inside the deals branch', () => {
    const { nodes } = compileAction(action('HUBSPOT_CREATE_RECORD'));
    const recordType = nodes[0];
    const deals = recordType.branches.get('deals') ?? [];
    const stage = deals.find((n) => n.input.id === 'field-dealstage');
    const pipeline = deals.find((n) => n.input.id === 'field-pipeline');
    expect(stage?.dependencies).toEqual([{ id: 'field-pipeline', key: pipeline?.key, node: pipeline }]);
    expect(pipeline?.dependencies).toEqual([]);
  });

  test('Salesforce search: the Contact filter depends on its ancestor, the Custom filter on its sibling', () => {
    const { nodes } = compileAction(action('SALESFORCE_SEARCH_RECORDS'));
    const recordType = nodes[0];
    const contactFilter = recordType.branches.get('Contact')?.[0];
    expect(contactFilter?.dependencies).toEqual([{ id: 'recordType', key: recordType.key, node: recordType }]);
    const custom = recordType.branches.get('CUSTOM') ?? [];
    const customFilter = custom.find((n) => n.input.id === 'filterFormula');
    const objectName = custom.find((n) => n.input.id === 'customObjectName');
    expect(customFilter?.dependencies).toEqual([{ id: 'customObjectName', key: objectName?.key, node: objectName }]);
  });

  test('Google Sheets: Worksheet depends on Spreadsheet; the filter on both', () => {
    const { nodes } = compileAction(action('GOOGLE_SHEETS_UPDATE_ROW'));
    const [spreadsheet, worksheet, filter] = nodes;
    expect(worksheet.dependencies).toEqual([{ id: 'spreadsheetId', key: spreadsheet.key, node: spreadsheet }]);
    expect(filter.dependencies.map((d) => d.key)).toEqual([spreadsheet.key, worksheet.key]);
  });

  test('an id found nowhere has no key; a distant one is found anywhere in the tree', () => {
    const { nodes } = compileAction({
      name: 'X',
      title: 'X',
      inputs: [
        { id: 'mode', type: 'ENUM', title: 'Mode', values: [{ value: 'a', dependentInputs: [{ id: 'deep', type: 'TEXT', title: 'Deep' }] }, { value: 'b', dependentInputs: [{ id: 'pick', type: 'DYNAMIC_ENUM', title: 'Pick', valuesSource: { sourceType: 's', dependencies: ['deep', 'ghost'] } }] }] },
      ],
    });
    const pick = find(nodes, ['mode', 'pick']);
    const deep = nodes[0].branches.get('a')?.[0];
    expect(pick.dependencies).toEqual([{ id: 'deep', key: deep?.key, node: deep }, { id: 'ghost', key: undefined, node: undefined }]);
  });
});

const opts = (...values: string[]): NormalizedOption[] => values.map((value) => ({ value, label: value }));
const list = (over: Partial<LoadedOptionsList> = {}): LoadedOptionsList => ({ succeeded: true, searched: false, hasMore: false, options: opts('10005', '20001'), ...over });

describe('decideDynamicValue: after a dependency changed, only a complete list lacking the value clears it', () => {
  test.each([
    ['complete list lacks the value', '10004', list(), 'clear'],
    ['complete list has the value', '10005', list(), 'keep'],
    ['a number matches its text', 10005, list(), 'keep'],
    ['nothing chosen', null, list(), 'keep'],
    ['empty text chosen', '', list(), 'keep'],
    ['not loaded yet', '10004', undefined, 'wait'],
    ['the request failed', '10004', list({ succeeded: false }), 'wait'],
    ['a searched list', '10004', list({ searched: true }), 'wait'],
    ['a partial list (next cursor)', '10004', list({ hasMore: true }), 'wait'],
    ['a partial list that has it', '10005', list({ hasMore: true }), 'keep'],
    ['an empty complete list', '10004', list({ options: [] }), 'clear'],
  ] as const)('%s', (_name, value, loaded, expected) => {
    expect(decideDynamicValue(value, loaded)).toBe(expected);
  });
});
