'use client';
/** actionkit-form: React forms for Paragon ActionKit Actions. */
export { ActionKitProvider, ActionForm, preloadAllControls, type ActionKitProviderProps, type ActionFormHandle, type ActionFormProps } from './form';
export { useActions, useAction, useRunAction, useActionKit, useFieldOptions, actionKitKeys, type UseFieldOptionsOptions, type FieldOptions, type SourceTypeMap, type UseActionsOptions, type UseActionsResult, type FoundAction, type UseActionOptions, type RunActionVariables } from './hooks';
export * from './api';
export {
  activeInputs,
  collectParameters,
  validateParameters,
  restoreValues,
  compileAction,
  normalizeOptions,
  effectiveType,
  FILTER_OPERATOR_LABELS,
  FILTER_OPERATORS,
  KNOWN_INPUT_TYPES,
  type ParagonAction,
  type ParagonInput,
  type InputType,
  type KnownInputType,
  type EnumOption,
  type EnumSection,
  type EnumValue,
  type ValuesSource,
  type Parameters,
  type ValidationErrors,
  type FilterValue,
  type FilterCondition,
  type FilterAndGroup,
  type FilterOperator,
  type NormalizedOption,
  type OptionGroup,
  type CompiledAction,
  type InputNode,
  type InputDependencyNode,
  type PairRow,
  type FilterDraft,
  type FilterDraftCondition,
} from './schema';
export {
  type InputProps,
  type InputIds,
  type InputContext,
  type InputDependency,
  type InputComponent,
  type InputComponents,
  type InputComponentOverrides,
  type InputValues,
} from './inputs/types';
