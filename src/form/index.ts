export { ActionKitProvider, type ActionKitProviderProps } from './ActionKitProvider';
export { ActionForm } from './ActionForm';
export { defaultInputComponents, componentFor } from './registry';
export type { ActionFormHandle, ActionFormProps } from './types';
