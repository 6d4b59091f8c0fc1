import { beforeAll } from 'vitest';
import { preloadAllControls } from '../src/form/registry';
import { VARIABLE_CONTROL } from '../src/form/variableField';

// the heavy controls load in chunks of their own; tests that are not about loading want them ready
beforeAll(() => Promise.all([preloadAllControls(), VARIABLE_CONTROL.preload()]));
