import { beforeAll } from 'vitest';
import { preloadAllControls } from '../src/form/registry';

// the heavy controls load in chunks of their own; tests that are not about loading want them ready
beforeAll(() => preloadAllControls());
