import { describe, expect, it } from 'vitest';
import { comboboxMessages, coreMessages, defaultMessages, filterMessages, mergeMessages, triggerMessages, variableMessages, withArea } from '../../src/schema';

describe('mergeMessages', () => {
  it('keeps every English default a host does not override', () => {
    const merged = mergeMessages(defaultMessages, { runAction: 'Aktion ausführen' });
    expect(merged.runAction).toBe('Aktion ausführen');
    expect(merged.save).toBe('Save');
    expect(merged.required('Subject')).toBe('Subject is required');
  });

  it('overrides single operator labels and keeps the others', () => {
    const merged = mergeMessages(defaultMessages, { operators: { $stringContains: 'enthält' } });
    expect(merged.operators.$stringContains).toBe('enthält');
    expect(merged.operators.$stringStartsWith).toBe('starts with');
  });

  it('treats an undefined override as absent', () => {
    expect(mergeMessages(defaultMessages, { save: undefined }).save).toBe('Save');
  });

  it('takes functions for strings that embed a value', () => {
    const merged = mergeMessages(defaultMessages, { selectFirst: (title) => `Zuerst ${title} wählen` });
    expect(merged.selectFirst('Projekt')).toBe('Zuerst Projekt wählen');
  });
});

describe('withArea: a lazy part layers its English defaults under the context', () => {
  const layer = mergeMessages(coreMessages, { addCondition: 'Bedingung hinzufügen', runAction: 'Ausführen', operators: { $stringContains: 'enthält' } });

  it("gives the area's defaults, with every override of the context on top (area keys too)", () => {
    const m = withArea(layer, filterMessages);
    expect(m.addCondition).toBe('Bedingung hinzufügen');
    expect(m.addOrGroup).toBe('Add OR group');
    expect(m.runAction).toBe('Ausführen');
    expect(m.operators.$stringContains).toBe('enthält');
    expect(m.operators.$stringExactlyMatches).toBe('exactly matches');
  });

  it('is one object per context value and area, so memoized parts do not re-render', () => {
    expect(withArea(layer, filterMessages)).toBe(withArea(layer, filterMessages));
    expect(withArea(mergeMessages(layer, { save: 'Sichern' }), filterMessages)).not.toBe(withArea(layer, filterMessages));
  });

  it('the up-front defaults hold none of the lazy parts’ strings; all areas together are defaultMessages', () => {
    for (const area of [filterMessages, triggerMessages, variableMessages, comboboxMessages]) for (const key of Object.keys(area)) expect(coreMessages).not.toHaveProperty(key);
    expect(withArea(coreMessages, defaultMessages)).toEqual(defaultMessages);
  });
});
