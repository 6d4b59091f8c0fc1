import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ActionForm, useInputField, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

setupMockActionKit();

/** A host's non-text control: a toggle button, wired by controlProps, edited with setValue. */
function HostToggle() {
  const field = useInputField<boolean>();
  return (
    <button type="button" role="switch" aria-checked={field.value === true} {...field.controlProps} onClick={() => field.setValue(field.value !== true)}>
      {field.value ? 'On' : 'Off'}
    </button>
  );
}

/** A host's composite control: a group named by the label, one button per option. */
function HostChoice() {
  const field = useInputField<string | null>();
  return (
    <div {...field.groupProps}>
      {field.groups.flatMap((g) => g.options).map((option, i) => (
        <button key={String(option.value)} type="button" ref={i === 0 ? field.controlProps.ref : undefined} aria-pressed={field.value === option.value} disabled={field.disabled} onClick={() => field.setValue(String(option.value))}>
          {option.label}
        </button>
      ))}
    </div>
  );
}

const schema: ParagonAction = {
  name: 'ACME_HOST',
  title: 'Host controls',
  inputs: [
    { id: 'notify', type: 'BOOLEAN_INPUT', title: 'Notify', subtitle: 'Send an email.' },
    { id: 'tier', type: 'ENUM', title: 'Tier', subtitle: 'Pick one.', required: true, values: ['Gold', 'Silver'] },
  ],
};
const components = { BOOLEAN_INPUT: HostToggle, ENUM: HostChoice };

test('a non-text host control gets its name, description and value through the hook', async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  renderWithProvider(<ActionForm schema={schema} integration="acme" components={components} onChange={onChange} />);
  const toggle = screen.getByRole('switch', { name: 'Notify' });
  expect(toggle).toHaveAccessibleDescription('Send an email.');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-checked', 'true');
  await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ notify: true })));
});

test('a composite host control is a group named by the title, invalid with its message, focused on submit', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schema} integration="acme" components={components} />);
  const group = screen.getByRole('group', { name: 'Tier' });
  expect(group).toHaveAccessibleDescription('Pick one.');
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  await waitFor(() => expect(group).toHaveAttribute('aria-invalid', 'true'));
  expect(group).toHaveAccessibleDescription(expect.stringContaining('Tier is required'));
  expect(within(group).getByRole('button', { name: 'Gold' })).toHaveFocus();
  await user.click(within(group).getByRole('button', { name: 'Silver' }));
  expect(within(group).getByRole('button', { name: 'Silver' })).toHaveAttribute('aria-pressed', 'true');
});
