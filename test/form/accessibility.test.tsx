import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { action } from '../fixtures';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();
const TOOLS = `${MOCK_BASE_URL}/projects/:p/tools`;

/** The collapsible result: a disclosure whose summary reads "Result". */
const resultPanel = async () => (await screen.findByText('Result', { selector: 'summary' })).closest('details') as HTMLElement;

const note: ParagonAction = { name: 'ACME_SEND_NOTE', title: 'Send note', inputs: [{ id: 'subject', type: 'TEXT', title: 'Subject' }] };

describe('success', () => {
  test('the status region announces a short message; the result is collapsible JSON outside it', async () => {
    const user = userEvent.setup();
    mock.server.use(http.post(TOOLS, () => HttpResponse.json({ id: 'rec-42', fields: { Subject: 'Hello' } })));
    renderWithProvider(<ActionForm schema={note} integration="acme" />);
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Action ran successfully.'));
    expect(status.textContent).toBe('Action ran successfully.');

    const result = await resultPanel();
    expect(status).not.toContainElement(result);
    expect(result).toHaveTextContent('"id": "rec-42"');
    const json = within(result).getByText(/"rec-42"/);
    expect(json).toBeVisible();
    await user.click(within(result).getByText('Result'));
    expect(json).not.toBeVisible();
    await user.click(within(result).getByText('Result'));
    expect(json).toBeVisible();
  });

  test('save mode announces "Saved." and shows no result', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={note} integration="acme" onSubmit={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Saved.'));
    expect(screen.queryByText('Result', { selector: 'summary' })).toBeNull();
    expect(mock.runs).toHaveLength(0);
  });

  test('a huge result is truncated with "Show all", and Copy copies the whole text', async () => {
    const user = userEvent.setup(); // installs a clipboard stub on navigator
    const rows = Array.from({ length: 600 }, (_, i) => ({ id: `row-${i}`, name: `Contact number ${i}` }));
    const full = JSON.stringify({ rows }, null, 2);
    expect(full.length).toBeGreaterThan(20_000);
    mock.server.use(http.post(TOOLS, () => HttpResponse.json({ rows })));
    renderWithProvider(<ActionForm schema={note} integration="acme" />);
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    const result = await resultPanel();
    expect(result).not.toHaveTextContent('row-599');
    expect(result.textContent!.length).toBeLessThan(full.length);

    await user.click(within(result).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(full);
    expect(within(result).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(within(result).getByRole('button', { name: /^Show all/ }));
    expect(result).toHaveTextContent('"id": "row-599"');
    expect(within(result).queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});

test('the failure alert keeps status and request id apart in its text, without any stylesheet', async () => {
  const user = userEvent.setup();
  mock.server.use(http.post(TOOLS, () => HttpResponse.json({ message: 'Upstream down', meta: { requestId: 'req-777' } }, { status: 500 })));
  renderWithProvider(<ActionForm schema={note} integration="acme" />);
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('HTTP 500 · Request ID: req-777');
  expect(alert.textContent).not.toContain('HTTP 500Request ID');
});

test('a disabled dependent says "Select Project first" as its accessible description, not only as a placeholder', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={action('JIRA_CREATE_ISSUE')} integration="jira" />);
  const issueType = screen.getByRole('combobox', { name: 'Issue Type' });
  expect(issueType).toBeDisabled();
  expect(issueType).toHaveAccessibleDescription(expect.stringContaining('Select Project first'));
  expect(issueType).toHaveAttribute('placeholder', 'Select Project first');

  await user.click(screen.getByRole('combobox', { name: 'Project' }));
  await user.click(await screen.findByRole('option', { name: 'Platform (PLAT)' }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Issue Type' })).toBeEnabled());
  expect(screen.getByRole('combobox', { name: 'Issue Type' })).not.toHaveAccessibleDescription(expect.stringContaining('Select Project first'));
  expect(screen.queryByText('Select Project first')).toBeNull();
});
