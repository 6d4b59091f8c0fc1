import { describe, expect, it } from 'vitest';
import { defaultMessages, mergeMessages } from '../../src/schema';

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
