import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, expect, test, vi } from 'vitest';
import type * as Library from '../../src';
import type { ParagonAction } from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { TEST_TOKEN, testQueryClient } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();
const RUN = `${MOCK_BASE_URL}/projects/:projectId/tools`;
const schema: ParagonAction = { name: 'SEND_NOTE', title: 'Send note', inputs: [{ id: 'subject', type: 'TEXT', title: 'Subject', required: true }, { id: 'body', type: 'TEXTAREA', title: 'Body' }] };

// A fresh copy of the library: the result, the alert and the error parsing are not loaded yet, as in
// a host's first Run (the test setup preloads them for every other test).
async function freshLibrary(): Promise<typeof Library> {
  vi.resetModules();
  return import('../../src');
}

/** Holds a chunk back until `release()`, so a test can look at the form before it arrives. */
function gateModule(path: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.doMock(path, async (importOriginal) => {
    await gate;
    return importOriginal();
  });
  return release;
}

afterEach(() => {
  vi.doUnmock('../../src/form/RunResult');
  vi.doUnmock('../../src/form/ErrorAlert');
});

async function renderFresh(props: Partial<Library.ActionFormProps> = {}) {
  const { ActionForm, ActionKitProvider } = await freshLibrary();
  render(
    <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={testQueryClient()}>
      <ActionForm schema={schema} {...props} />
    </ActionKitProvider>,
  );
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Hello');
  await user.type(screen.getByRole('textbox', { name: 'Body' }), 'World');
  return user;
}

test('a successful Run is announced at once; its result follows when its chunk arrives, outside the live region', async () => {
  const release = gateModule('../../src/form/RunResult');
  const onSuccess = vi.fn();
  const user = await renderFresh({ onSuccess });
  await user.click(screen.getByRole('button', { name: 'Run action' }));

  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Action ran successfully.'));
  expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ ok: true, received: { subject: 'Hello', body: 'World' } }), { subject: 'Hello', body: 'World' });
  expect(screen.queryByText('Result', { selector: 'summary' })).not.toBeInTheDocument();

  release();
  const summary = await screen.findByText('Result', { selector: 'summary' });
  expect(summary.closest('details')).toHaveTextContent('"received"');
  expect(screen.getByRole('status')).not.toHaveTextContent('received');
  expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
});

test('a failed Run (first failure, nothing preloaded) shows the alert with its status and request id as separate text, keeping every value', async () => {
  mock.server.use(http.post(RUN, () => HttpResponse.json({ message: 'Jira is unavailable', meta: { requestId: 'req-777' } }, { status: 500 })));
  const onError = vi.fn();
  const user = await renderFresh({ onError });
  await user.click(screen.getByRole('button', { name: 'Run action' }));

  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('The action could not be run.')).toBeInTheDocument();
  expect(within(alert).getByText('Jira is unavailable')).toBeInTheDocument();
  expect(alert).toHaveTextContent('HTTP 500 · Request ID: req-777');
  expect(within(alert).getByText('req-777')).toBeInTheDocument();
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'ActionKitError', status: 500, requestId: 'req-777', kind: 'server' }));
  expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Hello');
  expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('World');
  expect(screen.queryByRole('status')).not.toHaveTextContent('Action ran successfully.');
});

test('a Run that cannot reach the network says so in the alert and keeps every value', async () => {
  mock.server.use(http.post(RUN, () => HttpResponse.error()));
  const user = await renderFresh();
  await user.click(screen.getByRole('button', { name: 'Run action' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The action could not be run.');
  expect(alert).toHaveTextContent('You appear to be offline. Check your connection and retry.');
  expect(alert).not.toHaveTextContent('HTTP');
  expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Hello');
  expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('World');
});

test("a 422's field errors, read by the lazily loaded parser, land on their fields and focus the first", async () => {
  mock.server.use(http.post(RUN, () => HttpResponse.json({ message: 'Validation failed', errors: [{ field: 'parameters.body', message: 'Body is too short' }] }, { status: 422 })));
  const user = await renderFresh();
  await user.click(screen.getByRole('button', { name: 'Run action' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 422');
  const body = screen.getByRole('textbox', { name: 'Body' });
  await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'));
  expect(body).toHaveAccessibleDescription(expect.stringContaining('Body is too short'));
  expect(body).toHaveFocus();
  expect(body).toHaveValue('World');
  expect(screen.getByRole('textbox', { name: 'Subject' })).not.toHaveAttribute('aria-invalid');
});

test('when the alert chunk cannot load, the failure still shows as text in an alert and the form keeps its values', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.doMock('../../src/form/ErrorAlert', () => {
    throw new Error('chunk unavailable');
  });
  mock.server.use(http.post(RUN, () => new HttpResponse('', { status: 503 })));
  const user = await renderFresh();
  await user.click(screen.getByRole('button', { name: 'Run action' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The action could not be run.');
  expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Hello');
  expect(screen.getByRole('button', { name: 'Run action' })).toBeEnabled();
});

test('a malformed schema still renders its good fields, and the notice of what was skipped follows with its chunk', async () => {
  const { ActionForm, ActionKitProvider } = await freshLibrary();
  render(
    <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={testQueryClient()}>
      <ActionForm schema={{ name: 'BROKEN', title: 'Broken', inputs: [{ id: '', type: 'TEXT', title: 'Nameless' }, { id: 'subject', type: 'TEXT', title: 'Subject' }] }} />
    </ActionKitProvider>,
  );
  expect(screen.getByRole('textbox', { name: 'Subject' })).toBeInTheDocument();
  const notice = await screen.findByRole('note');
  expect(notice).toHaveTextContent('Some inputs could not be shown as defined:');
  expect(notice).toHaveTextContent('Input "Nameless" has no id and was skipped.');
});

test('a schema load refused with 401 shows the session alert (its chunk loaded then); Retry asks the token again and loads the form', async () => {
  const LIST = `${MOCK_BASE_URL}/projects/:projectId/actions`;
  let accept = false;
  mock.server.use(
    http.get(LIST, () =>
      accept
        ? HttpResponse.json({ actions: { slack: [{ name: 'SLACK_PING', title: 'Ping', inputs: [{ id: 'text', type: 'TEXT', title: 'Text' }] }] }, errors: [] })
        : HttpResponse.json({ message: 'Unauthorized' }, { status: 401, headers: { 'X-Request-Id': 'req-401' } }),
    ),
  );
  const token = vi.fn(() => TEST_TOKEN);
  const { ActionForm, ActionKitProvider } = await freshLibrary();
  render(
    <ActionKitProvider projectId="project-1" token={token} queryClient={testQueryClient()}>
      <ActionForm action="SLACK_PING" />
    </ActionKitProvider>,
  );
  expect(screen.getByRole('status')).toHaveTextContent('Loading action…');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Your session has expired or is not authorized.');
  expect(alert).toHaveTextContent('HTTP 401 · Request ID: req-401');
  const asked = token.mock.calls.length;
  accept = true;
  await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('textbox', { name: 'Text' })).toBeInTheDocument();
  expect(token.mock.calls.length).toBeGreaterThan(asked);
});

test('an input of an unknown type gets its text fallback once that chunk arrives, and its value is sent', async () => {
  const { ActionForm, ActionKitProvider } = await freshLibrary();
  render(
    <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={testQueryClient()}>
      <ActionForm schema={{ name: 'ODD', title: 'Odd', inputs: [{ id: 'shape', type: 'HOLOGRAM', title: 'Shape' }] }} />
    </ActionKitProvider>,
  );
  const shape = await screen.findByRole('textbox', { name: 'Shape' });
  expect(shape).toHaveAccessibleDescription(expect.stringContaining('This input type (HOLOGRAM) is not supported yet.'));
  const user = userEvent.setup();
  await user.type(shape, 'cube');
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  await waitFor(() => expect(mock.runs).toHaveLength(1));
  expect(mock.runs[0]).toMatchObject({ tool: 'ODD', parameters: { shape: 'cube' } });
});
