import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom lacks APIs Radix Select calls; the browser project runs without these stubs
// (and node-environment files, such as the SSR test, have no DOM at all)
const hasDom = typeof Element !== 'undefined';
if (hasDom && !Element.prototype.hasPointerCapture) {
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
}
if (hasDom && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
if (hasDom && !('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
