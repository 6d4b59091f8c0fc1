import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, useInputField, type InputComponentOverrides, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { INPUT_TYPE_CASES, type InputTypeCase } from './inputTypes';

const log = setupMockActionKit();

const TITLE = 'Field under test';
const schemaFor = (c: InputTypeCase, required = true): ParagonAction => ({
  name: 'CONFORMANCE',
  title: 'Conformance',
  inputs: [{ id: 'x.field', type: c.type, title: TITLE, subtitle: 'Helper text for the field.', required, ...c.extra }],
});

/** A host's TEXT control as README shows it: a few lines, all wiring from the hook. */
function HostTextInput() {
  const field = useInputField<string>();
  return <input {...field.inputProps} className="host-input" placeholder={field.input.placeholder} />;
}
const HOST_CASE: InputTypeCase = { ...INPUT_TYPE_CASES.find((c) => c.type === 'TEXT')!, type: 'TEXT' };

/** The contract every control meets, built-in or a host's (`components`). */
function conformanceSuite(c: InputTypeCase, components?: InputComponentOverrides) {
  test('is named by its title and described by its subtitle', () => {
    renderWithProvider(<ActionForm schema={schemaFor(c)} integration="acme" components={components} />);
    const control = c.control(TITLE);
    expect(control).toHaveAccessibleName(TITLE);
    expect(control).toHaveAccessibleDescription(expect.stringContaining('Helper text for the field.'));
  });

  test('what the user enters becomes the typed parameter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schemaFor(c, false)} integration="acme" onChange={onChange} components={components} />);
    await c.fill(user, c.control(TITLE));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ 'x.field': c.expected }));
  });

  test.runIf(c.requiredApplies !== false)('a required empty field is invalid with a linked message and focused', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schemaFor(c)} integration="acme" components={components} />);
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    const control = c.control(TITLE);
    await waitFor(() => expect(control).toHaveAttribute('aria-invalid', 'true'));
    expect(control).toHaveAccessibleDescription(expect.stringMatching(/Field under test (is required|needs at least one complete condition)/));
    expect(control.contains(document.activeElement)).toBe(true);
  });

  test('is disabled with the form', () => {
    renderWithProvider(<ActionForm schema={schemaFor(c)} integration="acme" disabled components={components} />);
    const control = c.control(TITLE);
    const focusables = control.matches('input, textarea, button, select') ? [control] : Array.from(control.querySelectorAll('input, textarea, button, select'));
    expect(focusables.length).toBeGreaterThan(0);
    for (const el of focusables) expect(el).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Run action' })).toBeDisabled();
  });
}

describe.each(INPUT_TYPE_CASES)('$type conforms to the input contract', (c) => conformanceSuite(c));

describe('a host TEXT control written with useInputField() conforms to the input contract', () => {
  const components: InputComponentOverrides = { TEXT: HostTextInput };
  conformanceSuite(HOST_CASE, components);

  test('is the host control, marked required, restores a saved value and runs it', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProvider(
      <ActionForm schema={schemaFor(HOST_CASE)} integration="acme" components={components} defaultValues={{ 'x.field': 'saved' }} />,
    );
    const control = HOST_CASE.control(TITLE);
    expect(container.querySelector('.host-input')).toBe(control);
    expect(control).toHaveAttribute('aria-required', 'true');
    expect(control).toHaveValue('saved');
    await user.type(control, ' and typed');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters).toEqual({ 'x.field': 'saved and typed' });
  });

  test('throws a clear error outside a form', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderWithProvider(<HostTextInput />)).toThrow(/useInputField\(\) must be called by a control the form renders/);
    vi.mocked(console.error).mockRestore();
  });
});
