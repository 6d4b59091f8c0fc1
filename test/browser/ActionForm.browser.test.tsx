import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { QueryClient } from '@tanstack/react-query';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider, type ParagonAction } from '../../src';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL, newLog } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { INPUT_TYPE_CASES } from '../conformance/inputTypes';
import { TEST_TOKEN } from '../support/render';

function renderForm(ui: React.ReactElement) {
  const log = newLog();
  const fetch = mockFetch(actionKitHandlers({}, log));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={fetch} queryClient={queryClient}>
      <main>{ui}</main>
    </ActionKitProvider>,
  );
  return log;
}

const seriousViolations = async (root: Element) =>
  (await axe.run(root)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('keyboard only: Task → Call → Outbound in real Radix Selects, then Run sends the flat active path', async () => {
  const log = renderForm(<ActionForm action="SALESFORCE_CREATE_RECORD" />);
  const pick = async (field: string, option: string) => {
    const trigger = await screen.findByRole('combobox', { name: field });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const target = await screen.findByRole('option', { name: option });
    // move the highlight down until the wanted option is active, as a keyboard user would
    for (let i = 0; i < 10 && document.activeElement !== target; i++) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(trigger).toHaveTextContent(option));
  };
  await pick('Record type', 'Task');
  screen.getByRole('textbox', { name: 'Subject' }).focus();
  await userEvent.keyboard('Follow up');
  await pick('Task Subtype', 'Call');
  await pick('Call Type', 'Outbound');
  screen.getByRole('textbox', { name: 'Call Duration (seconds)' }).focus();
  await userEvent.keyboard('300');
  await userEvent.click(screen.getByRole('button', { name: 'Run action' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Action ran successfully.'));
  expect(log.runs.map((r) => r.parameters)).toEqual([
    { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' },
  ]);
});

const everyType: ParagonAction = {
  name: 'EVERY_TYPE',
  title: 'Every input type',
  inputs: INPUT_TYPE_CASES.map((c, i) => ({ id: `f${i}`, type: c.type, title: `${c.type} field`, subtitle: `Help for ${c.type}.`, required: i % 2 === 0, ...c.extra })),
};

test('axe: a form holding every input type has no serious or critical violations, valid and invalid', async () => {
  renderForm(<ActionForm schema={everyType} integration="acme" />);
  await expect.poll(() => document.querySelector('.monaco-editor .view-lines'), { timeout: 45_000 }).toBeTruthy();
  const form = screen.getByRole('form', { name: 'Every input type' });
  expect(await seriousViolations(document.body)).toEqual([]);
  await userEvent.click(screen.getByRole('button', { name: 'Run action' }));
  await waitFor(() => expect(form.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(3));
  expect(await seriousViolations(document.body)).toEqual([]);
});

test('axe in the dark theme (colour contrast of the real stylesheet)', async () => {
  document.body.dataset.akfTheme = 'dark';
  try {
    renderForm(<ActionForm action="JIRA_CREATE_ISSUE" />);
    await screen.findByRole('form', { name: 'Create Issue' });
    expect(await seriousViolations(document.body)).toEqual([]);
  } finally {
    delete document.body.dataset.akfTheme;
  }
});
