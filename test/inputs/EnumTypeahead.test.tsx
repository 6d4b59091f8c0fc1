import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

setupMockActionKit();

const schema: ParagonAction = {
  name: 'TYPEAHEAD',
  title: 'Typeahead',
  inputs: [{ id: 'stage', type: 'ENUM', title: 'Stage', values: ['Prospecting', 'Qualification', 'Proposal', 'Closed Won', 'Closed Lost'] }],
};

test('typing letters on the focused, closed ENUM trigger chooses like Radix: prefix match, repeated letter cycles, list stays closed', async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  renderWithProvider(<ActionForm schema={schema} onChange={onChange} />);
  const trigger = screen.getByRole('combobox', { name: 'Stage' });
  trigger.focus();
  await user.keyboard('q');
  expect(trigger).toHaveTextContent('Qualification');
  expect(trigger).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('listbox')).toBeNull();
  await user.keyboard('p'); // within the typeahead window: "qp" matches nothing, the choice stays
  expect(trigger).toHaveTextContent('Qualification');
  await new Promise((r) => setTimeout(r, 1100)); // the search resets after a second, as Radix's does
  await user.keyboard('c');
  expect(trigger).toHaveTextContent('Closed Won');
  await user.keyboard('c'); // the same letter again cycles to the next label starting with it
  expect(trigger).toHaveTextContent('Closed Lost');
  await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ stage: 'Closed Lost' }));
  expect(trigger).toHaveFocus();
});

test('Enter opens the list on the same trigger element, choosing closes it and focus returns there', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schema} />);
  const trigger = screen.getByRole('combobox', { name: 'Stage' });
  trigger.focus();
  await user.keyboard('{Enter}');
  await user.click(await screen.findByRole('option', { name: 'Proposal' }));
  await waitFor(() => expect(trigger).toHaveTextContent('Proposal'));
  expect(trigger).toBeInTheDocument();
  expect(trigger).toHaveAttribute('aria-expanded', 'false');
  expect(trigger).toHaveFocus();
});
