export { ActionKitContext, useActionKit, type ActionKitContextValue, type SourceTypeMap } from './ActionKitContext';
export { actionKitKeys } from './queryKeys';
export { useActions, type UseActionsOptions, type UseActionsResult } from './useActions';
export { useAction, type FoundAction, type UseActionOptions } from './useAction';
export { useRunAction, type RunActionVariables } from './useRunAction';
export { useFieldOptions, resolveSourceType, type UseFieldOptionsOptions, type FieldOptions } from './useFieldOptions';
