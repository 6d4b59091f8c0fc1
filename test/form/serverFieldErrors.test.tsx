import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { ActionForm } from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();

test('a 422 that names fields shows each message on its field, focuses the first, and keeps every value', async () => {
  mock.server.use(
    http.post(`${MOCK_BASE_URL}/projects/:projectId/tools`, () =>
      HttpResponse.json(
        { message: 'Validation failed', errors: { 'field-Subject': 'Subject must be at most 5 characters' }, meta: { requestId: 'req-422' } },
        { status: 422 },
      ),
    ),
  );
  const user = userEvent.setup();
  renderWithProvider(<ActionForm action="SALESFORCE_CREATE_RECORD" defaultValues={{ recordType: 'Task', 'field-TaskSubtype': 'Email' }} />);
  const subject = await screen.findByRole('textbox', { name: 'Subject' });
  await user.type(subject, 'Follow up');
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 422');
  await waitFor(() => expect(subject).toHaveAttribute('aria-invalid', 'true'));
  expect(subject).toHaveAccessibleDescription(expect.stringContaining('Subject must be at most 5 characters'));
  expect(subject).toHaveFocus();
  expect(subject).toHaveValue('Follow up');
  // correcting the field clears the server's message once the form checks it again
  await user.clear(subject);
  await user.type(subject, 'Call');
  await waitFor(() => expect(subject).not.toHaveAttribute('aria-invalid'));
});
