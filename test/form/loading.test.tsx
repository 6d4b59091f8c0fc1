import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import { expect, test, vi } from 'vitest';
import { ActionForm } from '../../src';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider, TEST_TOKEN } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: SetupServerApi };

test('shows a loading state, then the form', async () => {
  renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />);
  expect(screen.getByRole('status')).toHaveTextContent('Loading action…');
  expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
});

test('a 401 shows the session alert; Retry asks the token function again and loads', async () => {
  let fail = true;
  mock.server.use(http.get(`${MOCK_BASE_URL}/projects/:p/actions`, () => (fail ? HttpResponse.json({ message: 'Unauthorized' }, { status: 401 }) : undefined)));
  const token = vi.fn(async () => TEST_TOKEN);
  renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />, { token });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Your session has expired or is not authorized.');
  expect(alert).not.toHaveTextContent(TEST_TOKEN);
  const calls = token.mock.calls.length;
  fail = false;
  await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
  expect(token.mock.calls.length).toBeGreaterThan(calls);
});

test('an unknown Action name says it was not found', async () => {
  renderWithProvider(<ActionForm action="NOPE_DOES_NOT_EXIST" />);
  expect(await screen.findByRole('alert')).toHaveTextContent('Action "NOPE_DOES_NOT_EXIST" was not found');
});

test('a 500 on loading shows the error with a Retry', async () => {
  let fail = true;
  mock.server.use(http.get(`${MOCK_BASE_URL}/projects/:p/actions`, () => (fail ? new HttpResponse('<html>oops</html>', { status: 502 }) : undefined)));
  renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />);
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
  expect(alert).toHaveTextContent('HTTP 502');
  fail = false;
  await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
}, 20_000);

test('offline: a paused load says so instead of spinning, and loads once back online', async () => {
  const { onlineManager } = await import('@tanstack/react-query');
  onlineManager.setOnline(false);
  try {
    renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />);
    expect(await screen.findByText(/You appear to be offline/)).toBeInTheDocument();
  } finally {
    onlineManager.setOnline(true);
  }
  expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
});
