import { describe, expect, test } from 'vitest';
import { activeInputs, compileAction, effectiveType, triggerAsAction, type ParagonInput, type TriggerSchema } from '../../src/schema';
import { mockTriggers } from '../msw/triggerHandlers';

const trigger = (type: string) => {
  const found = Object.values(mockTriggers).flat().find((t) => t.type === type);
  if (!found) throw new Error(`no fixture trigger ${type}`);
  return found;
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const input = (fields: Record<string, unknown>) => ({ id: 'x', type: 'TEXT', ...fields });

describe('triggerAsAction', () => {
  test('the trigger type becomes the name; title, description and unknown keys are kept', () => {
    const action = triggerAsAction({ type: 'SLACK_TRIGGER_APP_MENTIONED', triggerModel: 'WEBHOOK', title: 'App Mentioned', description: 'When mentioned', parameters: [] });
    expect(action).toEqual({ name: 'SLACK_TRIGGER_APP_MENTIONED', title: 'App Mentioned', description: 'When mentioned', triggerModel: 'WEBHOOK', inputs: [] });
  });

  test.each<[string, Record<string, unknown>, string | undefined]>([
    ['label when there is no title', { label: 'Additional properties' }, 'Additional properties'],
    ['label when the title is blank', { title: '  ', label: 'Record type' }, 'Record type'],
    ['the title when both are present', { title: 'Record type', label: 'Object' }, 'Record type'],
    ['nothing when neither is present (the renderer reports it)', {}, undefined],
  ])('a parameter is titled by %s', (_name, fields, title) => {
    const [first] = triggerAsAction({ type: 'T', parameters: [input(fields)] }).inputs as ParagonInput[];
    expect(first.title).toBe(title);
  });

  test('labels become titles inside dependents of inputs, of options and of option sections', () => {
    const action = triggerAsAction({
      type: 'T',
      parameters: [
        input({ label: 'Notify', type: 'BOOLEAN_INPUT', dependentInputs: [input({ id: 'channel', label: 'Channel' })] }),
        input({
          id: 'recordType',
          type: 'ENUM',
          label: 'Record type',
          values: [
            'Account',
            { value: 'Lead', dependentInputs: [input({ id: 'filterFormula', type: 'CONDITIONAL', label: 'Only when', dependentInputs: [input({ id: 'deep', label: 'Deep' })] })] },
            { title: 'Custom', items: [{ value: 'Invoice__c', label: 'Invoice', dependentInputs: [input({ id: 'amount', label: 'Minimum amount' })] }] },
          ],
        }),
      ],
    });
    const titles = (inputs: ParagonInput[] | undefined): unknown[] =>
      (inputs ?? []).flatMap((i) => [i.title, ...titles(i.dependentInputs), ...(i.values ?? []).flatMap((o) => titlesOfOption(o))]);
    const titlesOfOption = (o: unknown): unknown[] => {
      if (typeof o !== 'object' || o === null) return [];
      const option = o as { items?: unknown[]; dependentInputs?: ParagonInput[] };
      return [...(option.items ?? []).flatMap(titlesOfOption), ...titles(option.dependentInputs)];
    };
    expect(titles(action.inputs)).toEqual(['Notify', 'Channel', 'Record type', 'Only when', 'Deep', 'Minimum amount']);
    // option labels stay option labels
    expect((action.inputs?.[1].values?.[2] as { items: Array<{ label: string }> }).items[0].label).toBe('Invoice');
  });

  test('does not change the definition it was given', () => {
    const definition = deepFreeze({ type: 'T', title: 'T', parameters: [input({ label: 'A', dependentInputs: [input({ label: 'B' })] })] });
    const action = triggerAsAction(definition);
    expect(definition.parameters[0]).not.toHaveProperty('title');
    expect(action.inputs?.[0].title).toBe('A');
  });

  test('a missing title falls back to the type and missing or odd parameters to none', () => {
    expect(triggerAsAction({ type: 'HUBSPOT_TRIGGER_X' })).toMatchObject({ name: 'HUBSPOT_TRIGGER_X', title: 'HUBSPOT_TRIGGER_X', inputs: [] });
    expect(triggerAsAction({ type: 'T', parameters: 'nope' } as TriggerSchema).inputs).toEqual([]);
  });

  test('junk entries pass through for the renderer to report; a cycle neither hangs nor throws', () => {
    const looping: Record<string, unknown> = input({ id: 'loop', label: 'Loop' });
    looping.dependentInputs = [looping];
    const action = triggerAsAction({ type: 'T', parameters: [null, 'junk', looping] });
    const compiled = compileAction(action);
    expect(compiled.nodes.map((n) => n.input.title)).toEqual(['Loop']);
    expect(compiled.problems).toHaveLength(3);
    expect(compiled.problems.join(' ')).toMatch(/contains itself/);
  });
});

describe('the fixture triggers render as Actions', () => {
  test('Salesforce "Record Updated" reveals the filter for Opportunity and Lead, not for Account', () => {
    const action = triggerAsAction(trigger('SALESFORCE_TRIGGER_RECORD_UPDATED'));
    expect(compileAction(action).problems).toEqual([]);
    const shown = (recordType: string) => activeInputs(action, { recordType }).map((i) => `${i.id}: ${i.title}`);
    expect(shown('Lead')).toEqual(['recordType: Record type', 'filterFormula: Only when']);
    expect(shown('Opportunity')).toEqual(['recordType: Record type', 'filterFormula: Only when']);
    expect(shown('Account')).toEqual(['recordType: Record type']);
  });

  test('Salesforce "New Record" loads its record types; HubSpot\'s label-only parameter gets its title', () => {
    const created = triggerAsAction(trigger('SALESFORCE_TRIGGER_RECORD_CREATED'));
    expect(created.title).toBe('New Record');
    expect(effectiveType(created.inputs![0])).toBe('DYNAMIC_ENUM');
    const hubspot = triggerAsAction(trigger('HUBSPOT_TRIGGER_CONTACT_CREATED'));
    expect(compileAction(hubspot).problems).toEqual([]);
    expect(hubspot.inputs!.map((i) => [i.type, i.title])).toEqual([['TEXT_NO_VARS', 'Additional properties']]);
  });
});
