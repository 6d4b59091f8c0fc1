import { FILTER_OPERATORS, type FilterOperator } from './types';

export { FILTER_OPERATOR_LABELS } from './messages/operators';

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
