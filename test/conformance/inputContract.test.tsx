import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { INPUT_TYPE_CASES, type InputTypeCase } from './inputTypes';

setupMockActionKit();

const TITLE = 'Field under test';
const schemaFor = (c: InputTypeCase, required = true): ParagonAction => ({
  name: 'CONFORMANCE',
  title: 'Conformance',
  inputs: [{ id: 'x.field', type: c.type, title: TITLE, subtitle: 'Helper text for the field.', required, ...c.extra }],
});

describe.each(INPUT_TYPE_CASES)('$type conforms to the input contract', (c) => {
  test('is named by its title and described by its subtitle', () => {
    renderWithProvider(<ActionForm schema={schemaFor(c)} integration="acme" />);
    const control = c.control(TITLE);
    expect(control).toHaveAccessibleName(TITLE);
    expect(control).toHaveAccessibleDescription(expect.stringContaining('Helper text for the field.'));
  });

  test('what the user enters becomes the typed parameter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schemaFor(c, false)} integration="acme" onChange={onChange} />);
    await c.fill(user, c.control(TITLE));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ 'x.field': c.expected }));
  });

  test.runIf(c.requiredApplies !== false)('a required empty field is invalid with a linked message and focused', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schemaFor(c)} integration="acme" />);
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    const control = c.control(TITLE);
    await waitFor(() => expect(control).toHaveAttribute('aria-invalid', 'true'));
    expect(control).toHaveAccessibleDescription(expect.stringMatching(/Field under test (is required|needs at least one complete condition)/));
    expect(control.contains(document.activeElement)).toBe(true);
  });

  test('is disabled with the form', () => {
    renderWithProvider(<ActionForm schema={schemaFor(c)} integration="acme" disabled />);
    const control = c.control(TITLE);
    const focusables = control.matches('input, textarea, button, select') ? [control] : Array.from(control.querySelectorAll('input, textarea, button, select'));
    expect(focusables.length).toBeGreaterThan(0);
    for (const el of focusables) expect(el).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Run action' })).toBeDisabled();
  });
});
