import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { http, type HttpHandler } from 'msw';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider } from '../../src';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL, MOCK_OPTIONS_BASE_URL, newLog } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';

function renderForm(ui: React.ReactElement, before: HttpHandler[] = []) {
  const log = newLog();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch([...before, ...actionKitHandlers({ latency: 30 }, log)])} queryClient={queryClient}>
      <main>{ui}</main>
    </ActionKitProvider>,
  );
  return log;
}

const seriousViolations = async (root: Element) =>
  (await axe.run(root)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('keyboard only: Project, then the grouped Issue Types load; the open dynamic list passes axe; Run sends the ids', async () => {
  const log = renderForm(<ActionForm action="JIRA_CREATE_ISSUE" />);
  const project = await screen.findByRole('combobox', { name: 'Project' });
  const issueType = screen.getByRole('combobox', { name: 'Issue Type' });
  expect(issueType).toBeDisabled();
  expect(issueType).toHaveAttribute('placeholder', 'Select Project first');

  project.focus();
  await userEvent.keyboard('{ArrowDown}');
  await screen.findByRole('option', { name: 'Mobile (MOB)' });
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await waitFor(() => expect(project).toHaveValue('Mobile (MOB)'));

  await waitFor(() => expect(issueType).toBeEnabled());
  issueType.focus();
  await userEvent.keyboard('{ArrowDown}');
  await screen.findByRole('group', { name: 'Standard' });
  expect(await seriousViolations(document.body)).toEqual([]);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await waitFor(() => expect(issueType).toHaveValue('Story'));
  expect(issueType).toHaveFocus();

  await userEvent.type(screen.getByRole('textbox', { name: 'Summary' }), 'Crash on launch');
  await userEvent.click(screen.getByRole('button', { name: 'Run action' }));
  await screen.findByText('Action ran successfully.');
  expect(log.runs[0].parameters).toMatchObject({ project: '10002', issueType: '20001', summary: 'Crash on launch' });
});

test('scrolling to the end of the list loads the next page; typing searches on the server', async () => {
  const log = renderForm(<ActionForm schema={{ name: 'ACME_PICK', title: 'Pick', inputs: [{ id: 'contact', type: 'DYNAMIC_ENUM', title: 'Contact', valuesSource: { sourceType: 'contacts' } }] }} integration="acme" />);
  const contact = screen.getByRole('combobox', { name: 'Contact' });
  contact.focus();
  await userEvent.keyboard('{ArrowDown}');
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(50));
  const listbox = screen.getByRole('listbox', { name: 'Contact' });
  listbox.scrollTop = listbox.scrollHeight;
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(100));
  expect(log.options.at(-1)?.cursor).toBe(50);

  await userEvent.keyboard('{Escape}');
  await userEvent.type(contact, 'ntact 7');
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(11));
  expect(screen.getAllByRole('option')[0]).toHaveTextContent('Contact 7');
  expect(log.options.at(-1)?.search).toBe('ntact 7');
});

test('a Project change keeps the previous Issue Types visible and busy, not pickable, until the new ones arrive', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const hold = http.post(`${MOCK_OPTIONS_BASE_URL}/projects/:projectId/sdk/actions`, async ({ request }) => {
    const body = (await request.clone().json()) as { sourceKey: string; parameters: Array<{ source: { value: unknown } }> };
    if (body.sourceKey === 'issueTypes' && body.parameters[0]?.source.value === '10002') await gate;
    return undefined;
  });
  renderForm(<ActionForm action="JIRA_CREATE_ISSUE" />, [hold]);
  const project = await screen.findByRole('combobox', { name: 'Project' });
  const issueType = screen.getByRole('combobox', { name: 'Issue Type' });
  await userEvent.click(project);
  await userEvent.click(await screen.findByRole('option', { name: 'Platform (PLAT)' }));
  await waitFor(() => expect(issueType).toBeEnabled());
  await userEvent.click(project);
  await userEvent.click(await screen.findByRole('option', { name: 'Mobile (MOB)' }));

  issueType.focus();
  await userEvent.keyboard('{ArrowDown}');
  const listbox = await screen.findByRole('listbox', { name: 'Issue Type' });
  await waitFor(() => expect(listbox).toHaveAttribute('aria-busy', 'true'));
  expect(screen.getByText('Updating…')).toBeVisible();
  expect(screen.getByRole('option', { name: 'Bug' })).toBeVisible();
  await userEvent.keyboard('{Enter}'); // the highlighted row of the old list picks nothing
  expect(issueType).toHaveValue('');
  expect(await seriousViolations(listbox.parentElement as HTMLElement)).toEqual([]);

  release();
  await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Task', 'Story']));
  expect(listbox).not.toHaveAttribute('aria-busy');
  await userEvent.click(screen.getByRole('option', { name: 'Story' }));
  await waitFor(() => expect(issueType).toHaveValue('Story'));
});
