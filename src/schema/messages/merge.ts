import type { FilterOperator } from '../types';
import type { CoreMessages } from './core';
import type { ActionFormMessageOverrides, MessageLayer } from './types';

/** `base` with `overrides` on top; `undefined` keys keep the base's string. */
export function mergeMessages<T extends ActionFormMessageOverrides>(base: T, overrides: ActionFormMessageOverrides | undefined): T {
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined && key !== 'operators') merged[key] = value;
  if (!base.operators && !overrides.operators) return merged as T;
  const operators = { ...base.operators };
  for (const [op, label] of Object.entries(overrides.operators ?? {})) if (label !== undefined) operators[op as FilterOperator] = label;
  return { ...merged, operators } as T;
}

const layered = new WeakMap<MessageLayer, WeakMap<object, unknown>>();

/**
 * A lazy part's strings: its area's defaults under the context's (core defaults and every host override,
 * so an override of an area key reaches it). One object per context value and area.
 */
export function withArea<A extends ActionFormMessageOverrides>(layer: MessageLayer, area: A): CoreMessages & A {
  let byArea = layered.get(layer);
  if (!byArea) layered.set(layer, (byArea = new WeakMap()));
  let merged = byArea.get(area) as (CoreMessages & A) | undefined;
  if (!merged) byArea.set(area, (merged = mergeMessages(area, layer) as CoreMessages & A));
  return merged;
}
