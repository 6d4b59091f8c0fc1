/**
 * Types of the Paragon ActionKit Action format (`GET /actions?format=paragon`).
 * Unknown keys are kept and unknown input types are representable, so newer schemas still load.
 */

import type { KnownInputType } from './inputTypes';

export type { KnownInputType };
/** Any input type string; unknown ones render a labelled fallback. */
export type InputType = KnownInputType | (string & {});

/** Where an input's options (or a filter's field list) are loaded from. */
export interface ValuesSource {
  sourceType: string;
  /** Ids of inputs whose values the options depend on. */
  dependencies?: string[];
}

export type EnumValue = string | number;

export interface EnumOptionObject {
  value: EnumValue;
  label?: string;
  subtitle?: string;
  /** Inputs revealed while this option is chosen. */
  dependentInputs?: ParagonInput[];
  [key: string]: unknown;
}

/** An option: an object, or a bare string/number whose label is `String(value)`. */
export type EnumOption = EnumOptionObject | EnumValue;

/** A titled group of options. */
export interface EnumSection {
  title: string;
  items: EnumOption[];
}

/** One input of an Action. */
export interface ParagonInput {
  /** Key in the submitted parameters. Opaque: may hold `-`, `.`, `__c`, spaces. */
  id: string;
  type: InputType;
  /** The label. */
  title: string;
  subtitle?: string;
  placeholder?: string;
  required?: boolean;
  defaultValue?: unknown;
  /** Inputs revealed once this input has a value (a boolean: while true). */
  dependentInputs?: ParagonInput[];
  values?: Array<EnumOption | EnumSection>;
  valuesSource?: ValuesSource;
  /** Connect-style alias of `valuesSource.sourceType`. */
  sourceType?: string;
  hidden?: boolean;
  readOnly?: boolean;
  /** TEXTAREA rows; absent or 1 renders like a text input. */
  lines?: number;
  /** CODE language, e.g. `json`. */
  language?: string;
  supportedKeys?: string[];
  supportedKeysSource?: ValuesSource;
  supportedOperators?: FilterOperator[];
  disableOrCondition?: boolean;
  [key: string]: unknown;
}

/** An Action definition in Paragon format. */
export interface ParagonAction {
  name: string;
  title: string;
  description?: string;
  inputs?: ParagonInput[];
  [key: string]: unknown;
}

/** Flat Run parameters keyed by input id. */
export type Parameters = Record<string, unknown>;

/** Filter operators of CONDITIONAL inputs. */
export const FILTER_OPERATORS = [
  '$stringContains',
  '$stringDoesNotContain',
  '$stringExactlyMatches',
  '$stringDoesNotExactlyMatch',
  '$stringIsIn',
  '$stringIsNotIn',
  '$stringStartsWith',
  '$stringDoesNotStartWith',
  '$stringEndsWith',
  '$stringDoesNotEndWith',
  '$stringGreaterThan',
  '$stringLessThan',
  '$numberGreaterThan',
  '$numberLessThan',
  '$numberEquals',
  '$numberDoesNotEqual',
  '$numberGreaterThanOrEqualTo',
  '$numberLessThanOrEqualTo',
  '$dateTimeAfter',
  '$dateTimeBefore',
  '$dateTimeEquals',
  '$booleanTrue',
  '$booleanFalse',
  '$exists',
  '$doesNotExist',
  '$isNotUndefinedOrNull',
  '$isUndefinedOrNull',
  '$arrayIsIn',
  '$arrayIsNotIn',
  '$arrayIsEmpty',
  '$arrayIsNotEmpty',
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface FilterCondition {
  field: string;
  operator: FilterOperator;
  value?: unknown;
}

export interface FilterAndGroup {
  operator: 'AND';
  conditions: FilterCondition[];
}

/** A CONDITIONAL value: OR of AND groups (disjunctive normal form). */
export interface FilterValue {
  operator: 'OR';
  conditions: FilterAndGroup[];
}

/** A validation result: one message per failing input id. */
export type ValidationErrors = Record<string, string>;
