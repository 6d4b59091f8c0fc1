export * from './types';
export { INPUT_TYPES, KNOWN_INPUT_TYPES, describeType, effectiveType, isKnownInputType, sourceTypeOf, valueKindOf, type ValueKind, type KindValues, type ControlName, type InputTypeDescriptor, type InputValues } from './inputTypes';
export { normalizeOptions, flattenOptions, findOption, isSameValue, hasOwn, setOwn, type NormalizedOption, type OptionGroup } from './options';
export { compileAction, type CompiledAction, type InputNode, type InputDependencyNode } from './compileAction';
export { decideDynamicValue, type LoadedOptionsList, type DynamicValueDecision } from './decideDynamicValue';
export { walkActive, branchFor, type NodeValueReader } from './walkActive';
export { toFormValue, toParameterValue, defaultFormValue, emptyFormValue, revealsDependents, type PairRow } from './codecs';
export { validateValue } from './validateValue';
export { activeInputs, collectParameters, validateParameters, activeNodes, parametersOf, errorsOf } from './parameters';
export { restoreValues, initialFormValues } from './restoreValues';
export { FILTER_OPERATOR_LABELS, operatorValueKind, isFilterOperator, type OperatorValueKind } from './filterOperators';
export { cleanFilter, parseFilter, type FilterDraft, type FilterDraftCondition } from './filterValue';
export { mergeValues } from './mergeValues';
export { isDeepEqual } from './isDeepEqual';
export { subscriptionPatch } from './subscriptionPatch';
export { triggerAsAction, type TriggerSchema } from './triggerAsAction';
export {
  defaultMessages,
  mergeMessages,
  withArea,
  coreMessages,
  validationMessages,
  problemMessages,
  errorMessages,
  resultMessages,
  comboboxMessages,
  dynamicMessages,
  pairMessages,
  filterMessages,
  variableMessages,
  triggerMessages,
  type ActionFormMessages,
  type ActionFormMessageOverrides,
  type MessageLayer,
  type CoreMessages,
  type ValidationMessages,
  type ProblemMessages,
  type ErrorMessages,
  type ResultMessages,
  type ComboboxMessages,
  type DynamicMessages,
  type PairMessages,
  type FilterMessages,
  type VariableMessages,
  type TriggerMessages,
} from './messages';
export type { Variable, VariableRequest, VariableSource } from './variables';
export { filterVariables, findTokens, typedTokenStart, queryAfter, takesVariableText, type TokenRange } from './variables';
export { offersVariableMode, isVariableModeValue, choiceWithoutVariable } from './variableMode';
