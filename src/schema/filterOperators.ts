import { FILTER_OPERATORS, type FilterOperator } from './types';

/** Display labels of filter operators; the raw `$…` string is never shown. */
export const FILTER_OPERATOR_LABELS: Record<FilterOperator, string> = {
  $stringContains: 'contains',
  $stringDoesNotContain: 'does not contain',
  $stringExactlyMatches: 'exactly matches',
  $stringDoesNotExactlyMatch: 'does not exactly match',
  $stringIsIn: 'is one of',
  $stringIsNotIn: 'is not one of',
  $stringStartsWith: 'starts with',
  $stringDoesNotStartWith: 'does not start with',
  $stringEndsWith: 'ends with',
  $stringDoesNotEndWith: 'does not end with',
  $stringGreaterThan: 'comes after (text)',
  $stringLessThan: 'comes before (text)',
  $numberGreaterThan: 'greater than',
  $numberLessThan: 'less than',
  $numberGreaterThanOrEqualTo: 'greater than or equal to',
  $numberLessThanOrEqualTo: 'less than or equal to',
  $numberEquals: 'equals',
  $numberDoesNotEqual: 'does not equal',
  $dateTimeAfter: 'is after',
  $dateTimeBefore: 'is before',
  $dateTimeEquals: 'is on',
  $booleanTrue: 'is true',
  $booleanFalse: 'is false',
  $exists: 'is not null',
  $doesNotExist: 'is null',
  $isNotUndefinedOrNull: 'exists',
  $isUndefinedOrNull: 'does not exist',
  $arrayIsIn: 'includes',
  $arrayIsNotIn: 'does not include',
  $arrayIsEmpty: 'is empty',
  $arrayIsNotEmpty: 'is not empty',
};

/** What an operator's value is: none, text, a number, a date or a list of strings. */
export type OperatorValueKind = 'none' | 'text' | 'number' | 'date' | 'list';

const NO_VALUE = new Set<FilterOperator>([
  '$booleanTrue', '$booleanFalse', '$exists', '$doesNotExist',
  '$isNotUndefinedOrNull', '$isUndefinedOrNull', '$arrayIsEmpty', '$arrayIsNotEmpty',
]);
const LIST = new Set<FilterOperator>(['$stringIsIn', '$stringIsNotIn', '$arrayIsIn', '$arrayIsNotIn']);

export function operatorValueKind(operator: FilterOperator): OperatorValueKind {
  if (NO_VALUE.has(operator)) return 'none';
  if (LIST.has(operator)) return 'list';
  if (operator.startsWith('$number')) return 'number';
  if (operator.startsWith('$dateTime')) return 'date';
  return 'text';
}

const operatorSet = new Set<string>(FILTER_OPERATORS);
export const isFilterOperator = (v: unknown): v is FilterOperator => typeof v === 'string' && operatorSet.has(v);
