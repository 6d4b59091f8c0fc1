import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { ActionForm } from '../../src';
import { MOCK_OPTIONS_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();
const OPTIONS_URL = `${MOCK_OPTIONS_BASE_URL}/projects/:projectId/sdk/actions`;

type User = ReturnType<typeof userEvent.setup>;
const box = (name: string) => screen.getByRole('combobox', { name });
const pick = async (user: User, field: string, option: string) => {
  await user.click(box(field));
  await user.click(await screen.findByRole('option', { name: option }));
};
/** Answers the issue types of one project after `ms`, or with a status; other requests pass through. */
const issueTypesFor = (project: string, answer: { ms?: number; status?: number }) =>
  http.post(OPTIONS_URL, async ({ request }) => {
    const body = (await request.clone().json()) as { sourceKey: string; parameters: Array<{ key: string; source: { value: unknown } }> };
    if (body.sourceKey !== 'issueTypes' || body.parameters[0]?.source.value !== project) return undefined;
    if (answer.ms) await delay(answer.ms);
    if (answer.status) return HttpResponse.json({ message: 'Jira is unavailable' }, { status: answer.status });
    return undefined;
  });

test('Issue Type waits for Project, then offers grouped options; Run sends the chosen ids', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" />);
  const issueType = await screen.findByRole('combobox', { name: 'Issue Type' });
  expect(issueType).toBeDisabled();
  expect(issueType).toHaveAttribute('placeholder', 'Select Project first');
  expect(log.options.some((r) => r.sourceKey === 'issueTypes')).toBe(false);

  await pick(user, 'Project', 'Platform (PLAT)');
  await waitFor(() => expect(issueType).toBeEnabled());
  await user.click(issueType);
  const standard = await screen.findByRole('group', { name: 'Standard' });
  expect(within(standard).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bug', 'Task']);
  expect(within(screen.getByRole('group', { name: 'Sub-task' })).getByRole('option', { name: 'Sub-task' })).toBeInTheDocument();
  expect(log.options.find((r) => r.sourceKey === 'issueTypes')).toMatchObject({ action: 'jira', parameters: { project: '10001' }, search: '' });
  await user.click(screen.getByRole('option', { name: 'Task' }));

  await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Broken login');
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  await screen.findByText('Action ran successfully.');
  expect(log.runs[0].parameters).toMatchObject({ project: '10001', issueType: '10005', summary: 'Broken login' });
});

test('changing Project keeps an Issue Type the new project has and clears one it lacks', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" />);
  await screen.findByRole('combobox', { name: 'Issue Type' });
  await pick(user, 'Project', 'Platform (PLAT)');
  await pick(user, 'Issue Type', 'Task');
  await pick(user, 'Project', 'Mobile (MOB)');
  await waitFor(() => expect(log.options.some((r) => r.parameters.project === '10002')).toBe(true));
  await new Promise((r) => setTimeout(r, 50));
  expect(box('Issue Type')).toHaveValue('Task');

  await pick(user, 'Project', 'Platform (PLAT)');
  await pick(user, 'Issue Type', 'Bug');
  expect(box('Issue Type')).toHaveValue('Bug');
  await pick(user, 'Project', 'Mobile (MOB)');
  await waitFor(() => expect(box('Issue Type')).toHaveValue(''));
});

test('a saved Issue Type stays on mount even before and without its options', async () => {
  renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" defaultValues={{ project: '10002', issueType: '10004' }} />);
  const issueType = await screen.findByRole('combobox', { name: 'Issue Type' });
  expect(issueType).toHaveValue('10004'); // not in project 10002's list: shown raw, never cleared
  await waitFor(() => expect(log.options.some((r) => r.sourceKey === 'issueTypes')).toBe(true));
  await new Promise((r) => setTimeout(r, 50));
  expect(issueType).toHaveValue('10004');
  expect(box('Project')).toHaveValue('Mobile (MOB)');
});

test('race: the slow answer for the old Project never shows and never clears the value', async () => {
  const user = userEvent.setup();
  // held until the user has switched back, whatever the machine's speed
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let answered = false;
  log.server.use(
    http.post(OPTIONS_URL, async ({ request }) => {
      const body = (await request.clone().json()) as { sourceKey: string; parameters: Array<{ source: { value: unknown } }> };
      if (body.sourceKey !== 'issueTypes' || body.parameters[0]?.source.value !== '10001') return undefined;
      await gate;
      answered = true;
      return undefined;
    }),
  );
  renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" defaultValues={{ project: '10002', issueType: '20001' }} />);
  await waitFor(() => expect(box('Issue Type')).toHaveValue('Story'));
  await pick(user, 'Project', 'Platform (PLAT)'); // slow list without Story
  await pick(user, 'Project', 'Mobile (MOB)'); // back before it answers: cached, has Story
  release();
  await waitFor(() => expect(answered).toBe(true));
  await new Promise((r) => setTimeout(r, 50));
  expect(box('Issue Type')).toHaveValue('Story');
  await user.click(box('Issue Type'));
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Task', 'Story']);
});

test('a failed refetch after a Project change never clears the value; Retry loads again', async () => {
  const user = userEvent.setup();
  log.server.use(issueTypesFor('10002', { status: 400 }));
  renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" defaultValues={{ project: '10001', issueType: '10004' }} />);
  await waitFor(() => expect(box('Issue Type')).toHaveValue('Bug'));
  await pick(user, 'Project', 'Mobile (MOB)');
  await user.click(box('Issue Type'));
  expect(await screen.findByRole('alert')).toHaveTextContent('Options could not be loaded');
  expect(box('Issue Type')).toHaveValue('Bug');

  log.server.resetHandlers();
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  // the complete list for the new project lacks Bug: now it is cleared
  await waitFor(() => expect(box('Issue Type')).toHaveValue(''));
});

test('HubSpot: Deal Stage loads the stages of the chosen Pipeline', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm action="HUBSPOT_CREATE_RECORD" />);
  await user.click(await screen.findByRole('combobox', { name: 'Object' }));
  await user.click(await screen.findByRole('option', { name: 'Deals' }));
  expect(await screen.findByRole('combobox', { name: 'Deal Stage' })).toHaveAttribute('placeholder', 'Select Pipeline first');
  await pick(user, 'Pipeline', 'Renewals');
  await waitFor(() => expect(box('Deal Stage')).toBeEnabled());
  await user.click(box('Deal Stage'));
  await screen.findByRole('option', { name: 'Renewal Open' });
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Renewal Open', 'Closed Won']);
  expect(log.options.find((r) => r.sourceKey === 'dealStages')).toMatchObject({ action: 'hubspot', parameters: { 'field-pipeline': 'renewals' } });
});
