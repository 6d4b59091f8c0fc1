import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type ParagonAction, type Parameters } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';
import { TEXT_LIKE, VARIABLES } from './fixtures';

const log = setupMockActionKit();

function renderForm(props: { schema?: ParagonAction; onChange?: (p: Parameters) => void; variables?: typeof VARIABLES } = {}) {
  const user = userEvent.setup();
  const onChange = props.onChange ?? vi.fn();
  renderWithProvider(<ActionForm schema={props.schema ?? TEXT_LIKE} variables={'variables' in props ? props.variables : VARIABLES} onChange={onChange} />);
  return { user, onChange };
}

const list = () => screen.getByRole('listbox', { name: 'Variables' });
const optionNames = () => within(list()).getAllByRole('option').map((o) => o.textContent);

describe('the variable list in a TEXT field', () => {
  test('typing {{ opens the Variables list; the text after it filters by label; Enter inserts the token', async () => {
    const { user, onChange } = renderForm();
    const message = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message, 'Hello {{{{');
    expect(message).toHaveAttribute('aria-controls', list().id);
    expect(optionNames()).toHaveLength(VARIABLES.length);
    await user.keyboard('fir');
    expect(within(list()).getAllByRole('option').map((o) => o.getAttribute('aria-describedby') && o)).toHaveLength(1);
    expect(within(list()).getByRole('option', { name: 'First name' })).toHaveAccessibleDescription('Contact first name');
    await user.keyboard('{Enter}');
    expect(message).toHaveValue('Hello {{1.output.contact.firstname}}');
    expect(screen.queryByRole('listbox', { name: 'Variables' })).not.toBeInTheDocument();
    expect(message).not.toHaveAttribute('aria-controls');
    expect(message).toHaveFocus();
    expect((message as HTMLInputElement).selectionStart).toBe('Hello {{1.output.contact.firstname}}'.length);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ message: 'Hello {{1.output.contact.firstname}}' }));
  });

  test('Run sends the token verbatim', async () => {
    const { user } = renderForm();
    const message = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(message, 'Hi {{{{own');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(log.runs).toHaveLength(1));
    expect(log.runs[0].parameters).toEqual({ message: 'Hi {{settings.owner}}' });
  });
});
