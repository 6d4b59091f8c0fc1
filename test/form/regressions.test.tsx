import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ActionForm } from '../../src';
import { renderWithProvider } from '../support/render';

// Found by test/schema/properties.test.ts (validateParameters never reports hidden/readOnly inputs).
test('a hidden required input without a default does not block Save (the user could neither see nor fix it)', async () => {
  const onSubmit = vi.fn();
  renderWithProvider(
    <ActionForm
      schema={{ name: 'X', title: 'X', inputs: [{ id: 'h', type: 'TEXT', title: 'Hidden key', required: true, hidden: true }, { id: 'm', type: 'TEXT', title: 'Message' }] }}
      onSubmit={onSubmit}
    />,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({}));
});
