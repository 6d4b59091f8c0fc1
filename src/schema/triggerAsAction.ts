import { isRecord } from './guards';
import type { ParagonAction, ParagonInput } from './types';

/** What `triggerAsAction` reads of a TriggerKit trigger definition. */
export interface TriggerSchema {
  type: string;
  title?: string;
  description?: string;
  /** Paragon-format inputs, each titled by `title` or else `label`. */
  parameters?: unknown;
  [key: string]: unknown;
}

type Seen = WeakMap<object, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** A copy of an input whose missing title falls back to its `label`, all the way down its dependents. */
function titledInput(raw: unknown, seen: Seen): unknown {
  if (!isRecord(raw)) return raw;
  if (seen.has(raw)) return seen.get(raw); // shared or cyclic parts stay shared, so the renderer can report cycles
  const input: Record<string, unknown> = { ...raw };
  seen.set(raw, input);
  const label = text(raw.label);
  if (text(raw.title) === undefined && label !== undefined) input.title = label;
  if (Array.isArray(raw.dependentInputs)) input.dependentInputs = raw.dependentInputs.map((d) => titledInput(d, seen));
  if (Array.isArray(raw.values)) input.values = raw.values.map((o) => titledOption(o, seen));
  return input;
}

/** A copy of an option (or a section of options) whose dependent inputs are titled. */
function titledOption(raw: unknown, seen: Seen): unknown {
  if (!isRecord(raw)) return raw;
  if (seen.has(raw)) return seen.get(raw);
  const option: Record<string, unknown> = { ...raw };
  seen.set(raw, option);
  if (Array.isArray(raw.items) && !('value' in raw)) option.items = raw.items.map((o) => titledOption(o, seen));
  if (Array.isArray(raw.dependentInputs)) option.dependentInputs = raw.dependentInputs.map((d) => titledInput(d, seen));
  return option;
}

/**
 * A trigger definition as an Action the form renderer draws: `name` is the trigger type and each
 * parameter's `title` falls back to its `label`, inside dependent inputs too. The input is not changed.
 * @example triggerAsAction({ type: 'HUBSPOT_TRIGGER_CONTACT_CREATED', title: 'New Contact', parameters: [{ id: 'p', type: 'TEXT', label: 'Properties' }] })
 */
export function triggerAsAction(trigger: TriggerSchema): ParagonAction {
  const { type, parameters, ...rest } = trigger;
  const seen: Seen = new WeakMap();
  const inputs = Array.isArray(parameters) ? (parameters.map((p) => titledInput(p, seen)) as ParagonInput[]) : [];
  return { ...rest, name: type, title: text(trigger.title) ?? type, inputs };
}
