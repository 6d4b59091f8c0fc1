export { ActionKitProvider, type ActionKitProviderProps } from './ActionKitProvider';
export { ActionForm } from './ActionForm';
export { defaultInputComponents, componentFor, preloadAllControls } from './registry';
export type { ActionFormHandle, ActionFormProps } from './types';
export { TriggerForm } from './TriggerForm';
export type { TriggerFormHandle, TriggerFormProps } from './triggerFormTypes';
