import { act, screen } from '@testing-library/react';
import fc from 'fast-check';
import '../support/fastCheckSeed';
import { afterEach, beforeEach, expect, test, vi, type MockInstance } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { actionArb, actionWithValues, largeAction } from '../support/arbitraries';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

setupMockActionKit();

// Measured on the shared 2-core machine: 1,000 renders take 16-21 s in jsdom; the 5,000-input schema ~20 s.
const RENDERS = 1000;

let consoleError: MockInstance<typeof console.error>;
const uncaught: unknown[] = [];
const onWindowError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  window.addEventListener('error', onWindowError);
});
afterEach(() => {
  window.removeEventListener('error', onWindowError);
  consoleError.mockRestore();
});

/** What went wrong while rendering: errors reported by React or by the form's and fields' boundaries. */
const reportedErrors = (): string[] => [
  ...uncaught.splice(0).map(String),
  ...consoleError.mock.calls.map((args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')),
];

/** Renders, lets effects and first loads settle, checks nothing failed, unmounts. */
async function renderSafely(schema: ParagonAction, defaultValues?: Record<string, unknown>): Promise<void> {
  consoleError.mockClear();
  const view = renderWithProvider(<ActionForm schema={schema} defaultValues={defaultValues} integration="props" />);
  try {
    await act(async () => {});
    expect(reportedErrors()).toEqual([]);
    expect(view.container.querySelector('form')).not.toBeNull();
    expect(screen.queryAllByRole('alert').filter((a) => /could not be shown:/.test(a.textContent ?? ''))).toEqual([]);
  } finally {
    view.unmount();
  }
}

test(`ActionForm renders ${RENDERS} generated (small, malformed, cyclic) schemas restored from junk values without any error`, async () => {
  const schemas = actionWithValues(actionArb({ malformed: true, cycles: true, hiddenReadOnly: true, maxDepth: 3 }), { junk: true });
  await fc.assert(fc.asyncProperty(schemas, ({ action, values }) => renderSafely(action, values)), { numRuns: RENDERS });
}, 120_000);

test('ActionForm renders a generated 5,000-input schema without any error', async () => {
  const schema = largeAction(5000);
  expect(schema.inputs).toHaveLength(5000);
  await renderSafely(schema);
}, 120_000);
