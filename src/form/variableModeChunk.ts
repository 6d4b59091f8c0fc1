import { lazyControl } from './lazyControl';

/** "Use a variable" arrives in a chunk of its own: only forms with `variables` ever load it. */
export const VARIABLE_MODE = lazyControl(() => import('./VariableMode').then((m) => m.VariableMode));
