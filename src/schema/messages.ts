import { FILTER_OPERATOR_LABELS } from './filterOperators';
import type { FilterOperator } from './types';

/**
 * Every string the library shows or announces. Keys named in SPEC §4 are part of the contract;
 * strings that embed a value are functions. Hosts pass a partial object (`messages` on
 * `ActionKitProvider` or `ActionForm`); missing keys fall back to `defaultMessages`.
 */
export interface ActionFormMessages {
  runAction: string;
  save: string;
  /** "Subject is required". */
  required: (title: string) => string;
  /** A disabled dependent field's reason: "Select Project first". */
  selectFirst: (title: string) => string;
  /** The last option of an editable list: `Use "abc"`. */
  useTyped: (text: string) => string;
  addCondition: string;
  addOrGroup: string;
  removeCondition: string;
  addPair: string;
  removePair: string;
  /** The button beside a text field that opens the variable list. */
  insertVariable: string;
  /** The toggle that swaps a non-text control for a token textbox. */
  useVariable: string;
  /** The accessible name of the variable list. */
  variables: string;
  /** The variable list while a `variables` function is answering. */
  variablesLoading: string;
  /** The variable list when no variable matches the typed text. */
  variablesEmpty: string;
  /** The variable list when a `variables` function failed. */
  variablesFailed: string;
  /** Hover text of a token that is not in the variable list. */
  unknownVariable: (token: string) => string;
  retry: string;
  runFailed: string;
  operators: Record<FilterOperator, string>;
  // --- polish branch ---
  /** Shown in an empty ENUM's trigger when the input has no `placeholder` of its own. */
  selectPlaceholder: string;
}

/** The English messages. */
export const defaultMessages: ActionFormMessages = {
  runAction: 'Run action',
  save: 'Save',
  required: (title) => `${title} is required`,
  selectFirst: (title) => `Select ${title} first`,
  useTyped: (text) => `Use "${text}"`,
  addCondition: 'Add condition',
  addOrGroup: 'Add OR group',
  removeCondition: 'Remove condition',
  addPair: 'Add pair',
  removePair: 'Remove pair',
  insertVariable: 'Insert variable',
  useVariable: 'Use a variable',
  variables: 'Variables',
  variablesLoading: 'Loading variables…',
  variablesEmpty: 'No matching variables',
  variablesFailed: 'Variables could not be loaded.',
  unknownVariable: (token) => `${token}: not a variable of this step`,
  retry: 'Retry',
  runFailed: 'The action could not be run.',
  operators: FILTER_OPERATOR_LABELS,
  // --- polish branch ---
  selectPlaceholder: 'Select…',
};

/** A host's overrides: any subset of keys, and any subset of the operator labels. */
export type ActionFormMessageOverrides = Partial<Omit<ActionFormMessages, 'operators'>> & { operators?: Partial<Record<FilterOperator, string>> };

/** `base` with `overrides` on top; `undefined` keys keep the base's string. */
export function mergeMessages(base: ActionFormMessages, overrides: ActionFormMessageOverrides | undefined): ActionFormMessages {
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined && key !== 'operators') merged[key] = value;
  const operators = { ...base.operators };
  for (const [op, label] of Object.entries(overrides.operators ?? {})) if (label !== undefined) operators[op as FilterOperator] = label;
  return { ...(merged as unknown as ActionFormMessages), operators };
}
