import { beforeAll } from 'vitest';
import { preloadLazyParts } from '../src/form/lazyParts';
import { preloadAllControls } from '../src/form/registry';

// the heavy controls, and what only a Run, a failure or a malformed schema shows, load in chunks of their
// own; tests that are not about loading want them ready (test/form/lazyParts.test.tsx takes the lazy path)
beforeAll(() => Promise.all([preloadAllControls(), preloadLazyParts()]));
