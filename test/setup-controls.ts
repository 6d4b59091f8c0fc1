import { beforeAll } from 'vitest';
import { LazyErrorAlert, LazyRunResult } from '../src/form/lazyParts';
import { preloadAllControls } from '../src/form/registry';

// the heavy controls, a Run's result and the failure alert load in chunks of their own; tests that
// are not about loading want them ready (test/form/lazyParts.test.tsx covers the real lazy path)
beforeAll(() => Promise.all([preloadAllControls(), LazyRunResult.preload(), LazyErrorAlert.preload()]));
