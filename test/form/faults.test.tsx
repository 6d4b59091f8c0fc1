import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, test, vi } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: import('msw/node').SetupServerApi };
const schema: ParagonAction = {
  name: 'SLACK_POST',
  title: 'Post',
  inputs: [
    { id: 'message', type: 'TEXT', title: 'Message', required: true },
    { id: 'contact', type: 'EMAIL', title: 'Contact email' },
  ],
};

test('a failed run shows the message, HTTP status and request id in an alert and keeps every value', async () => {
  mock.server.use(
    http.post(`${MOCK_BASE_URL}/projects/:p/tools`, () =>
      HttpResponse.json(
        { message: JSON.stringify({ message: 'Unable to post', details: { err: 'channel_not_found' } }), code: '41070', status: 500, meta: { requestId: 'req-42' } },
        { status: 500 },
      ),
    ),
  );
  const user = userEvent.setup();
  const onError = vi.fn();
  renderWithProvider(<ActionForm schema={schema} onError={onError} />);
  await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello');
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Unable to post');
  expect(alert).toHaveTextContent('HTTP 500');
  expect(alert).toHaveTextContent('req-42');
  expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello');
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 500, requestId: 'req-42' }));
});

test('the run button is disabled while running and one click sends one request', async () => {
  let release!: () => void;
  let requests = 0;
  mock.server.use(
    http.post(`${MOCK_BASE_URL}/projects/:p/tools`, async () => {
      requests++;
      await new Promise<void>((r) => (release = r));
      return HttpResponse.json({ ok: true });
    }),
  );
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schema} />);
  await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi');
  const button = screen.getByRole('button', { name: 'Run action' });
  await user.click(button);
  await waitFor(() => expect(button).toBeDisabled());
  await user.click(button);
  await user.keyboard('{Enter}');
  release();
  await screen.findByText('Action ran successfully.');
  expect(button).toBeEnabled();
  expect(requests).toBe(1);
});

test('format errors name the field and the expected format', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schema} />);
  await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi');
  await user.type(screen.getByRole('textbox', { name: 'Contact email' }), 'not-an-email');
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  const email = screen.getByRole('textbox', { name: 'Contact email' });
  await waitFor(() => expect(email).toHaveAccessibleDescription('Contact email must be an email address'));
  expect(email).toHaveFocus();
  await user.clear(email);
  await user.type(email, 'ada@example.com');
  await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'));
});

test('save mode hands the parameters to the host and does not run', async () => {
  const user = userEvent.setup();
  const onSubmit = vi.fn(() => Promise.resolve());
  renderWithProvider(<ActionForm schema={schema} onSubmit={onSubmit} />);
  await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ message: 'Hi' }));
  expect(mock.runs).toEqual([]);
});

test('an Action without inputs says so and still runs', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm action="ACME_PING" />);
  expect(await screen.findByText('No inputs needed.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  await screen.findByText('Action ran successfully.');
  expect(mock.runs).toEqual([expect.objectContaining({ tool: 'ACME_PING', parameters: {} })]);
});

test('a malformed schema renders what it can and reports the rest', () => {
  const broken = {
    name: 'BROKEN',
    title: 'Broken',
    inputs: [
      { id: 'ok', type: 'TEXT', title: '<b>Bold</b> label' },
      { type: 'TEXT', title: 'No id' },
      { id: 'weird', type: 'FILE', title: 'Attachment' },
      { id: 'badValues', type: 'ENUM', title: 'Bad values', values: 'nope' },
      null,
    ],
  } as unknown as ParagonAction;
  renderWithProvider(<ActionForm schema={broken} />);
  expect(screen.getByRole('textbox', { name: '<b>Bold</b> label' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Attachment' })).toHaveAccessibleDescription(/not supported/);
  expect(screen.getByRole('combobox', { name: 'Bad values' })).toBeInTheDocument();
  const note = screen.getByRole('note');
  expect(note).toHaveTextContent('has no id');
  expect(note).toHaveTextContent('not a list');
});
