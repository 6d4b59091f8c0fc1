import { render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import { expect, onTestFinished, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider, type ParagonAction, type Variable, type VariableSource } from '../../src';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL, newLog } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';

const MOUNT_TIMEOUT = 45_000; // Monaco's first load is slow on 2 cores

const variables: Variable[] = [
  { value: '{{1.output.contact.firstname}}', label: 'First name', group: '1. HubSpot: Get contact', description: 'The contact’s first name' },
  { value: '{{1.output.contact.email}}', label: 'Email', group: '1. HubSpot: Get contact' },
  { value: '{{settings.owner}}', label: 'Owner', group: 'Settings' },
];

const schema: ParagonAction = {
  name: 'ACME_SEND_PAYLOAD',
  title: 'Send payload',
  inputs: [
    { id: 'body', title: 'Body', type: 'CODE', language: 'json', required: true },
    { id: 'priority', title: 'Priority', type: 'ENUM', values: ['low', 'high'] },
    { id: 'urgent', title: 'Urgent', type: 'SWITCH' },
  ],
};

function renderForm(source: VariableSource | undefined, s: ParagonAction = schema, defaultValues?: Record<string, unknown>) {
  const log = newLog();
  const fetch = mockFetch(actionKitHandlers({}, log));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { container } = render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={fetch} queryClient={queryClient}>
      <main>
        <ActionForm schema={s} integration="acme" variables={source} defaultValues={defaultValues} />
      </main>
    </ActionKitProvider>,
  );
  return { log, container };
}

async function editorOf(container: HTMLElement) {
  await expect.poll(() => !!container.querySelector('.monaco-editor .view-lines') && !container.querySelector('.akf-code__fallback'), { timeout: MOUNT_TIMEOUT }).toBe(true);
  await userEvent.click(page.getByRole('code'));
}

/** The rows of Monaco's suggest list, by their visible label. */
const suggestions = () => [...document.querySelectorAll<HTMLElement>('.suggest-widget.visible .monaco-list-row .label-name')].map((el) => el.textContent);
const shownText = (container: HTMLElement) => (container.querySelector<HTMLElement>('.view-lines')?.innerText ?? '').replace(/\u00a0/g, ' ');

const run = async (log: ReturnType<typeof newLog>) => {
  await userEvent.click(page.getByRole('button', { name: 'Run action' }));
  await expect.element(page.getByText('Action ran successfully.')).toBeInTheDocument();
  return log.runs.at(-1)?.parameters;
};

test('CODE: typing {{ offers the variables; the typed search narrows, Enter inserts the token, Run sends the JSON', async () => {
  const { container, log } = renderForm(variables);
  await editorOf(container);
  // `{{` is a literal `{` in the keyboard syntax; auto-closed brackets and quotes are typed over
  await userEvent.keyboard('{{"to": "{{{{');
  await expect.poll(() => suggestions()).toEqual(['First name', 'Email', 'Owner']);
  await userEvent.keyboard('fir');
  await expect.poll(() => suggestions()).toEqual(['First name']);
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => shownText(container)).toBe('{"to": "{{1.output.contact.firstname}}"}');
  // the token is highlighted
  await expect.poll(() => container.querySelector('.akf-code__token')?.textContent).toBe('{{1.output.contact.firstname}}');
  expect(await run(log)).toEqual({ body: { to: '{{1.output.contact.firstname}}' }, urgent: false });
});

test('CODE: a function source is asked with the typed search; a bare token replaces the auto-closed braces and raises no JSON error', async () => {
  const searches: string[] = [];
  const source = async ({ search }: { search: string }) => {
    searches.push(search);
    return variables.filter((v) => v.label.toLowerCase().includes(search.toLowerCase()));
  };
  const { container, log } = renderForm(source);
  await editorOf(container);
  await userEvent.keyboard('{{"n": ');
  // an incomplete value is flagged by the JSON service…
  await expect.poll(() => !!container.querySelector('.squiggly-error'), { timeout: 20_000 }).toBe(true);
  await userEvent.keyboard('{{{{own');
  await expect.poll(() => suggestions()).toEqual(['Owner']);
  expect(searches).toContain('own');
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => shownText(container)).toBe('{"n": {{settings.owner}}}');
  // …but a bare token where a value goes is not
  await expect.poll(() => !!container.querySelector('.squiggly-error'), { timeout: 20_000 }).toBe(false);
  expect(await run(log)).toEqual({ body: '{"n": {{settings.owner}}}', urgent: false });
});

test('CODE: saved tokens are marked, the unknown one differently', async () => {
  const { container } = renderForm(variables, schema, { body: { a: '{{1.output.contact.email}}', b: '{{nope}}' } });
  await editorOf(container);
  const marked = () => [...container.querySelectorAll('.akf-code__token')].map((el) => [el.textContent, el.classList.contains('akf-code__token--unknown')]);
  await expect.poll(marked).toEqual([['{{1.output.contact.email}}', false], ['{{nope}}', true]]);
});

test('CODE without variables: {{ offers nothing', async () => {
  const { container } = renderForm(undefined);
  await editorOf(container);
  await userEvent.keyboard('{{"to": "{{{{');
  await expect.poll(() => shownText(container)).toBe('{"to": "{{"}');
  expect(suggestions()).toEqual([]);
  expect(container.querySelector('.akf-code__token')).toBeNull();
});

const seriousViolations = async (root: Element) =>
  (await axe.run(root)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.each(['light', 'dark'])('axe (%s theme): the "Use a variable" toggles, off and on, have no serious or critical violations', async (theme) => {
  document.body.dataset.akfTheme = theme;
  onTestFinished(() => void delete document.body.dataset.akfTheme);
  const noCode: ParagonAction = { ...schema, inputs: schema.inputs?.slice(1) };
  const { container } = renderForm(variables, noCode);
  const toggles = await screen.findAllByRole('button', { name: 'Use a variable' });
  expect(toggles).toHaveLength(2);
  expect(await seriousViolations(container)).toEqual([]);
  for (const toggle of toggles) await userEvent.click(toggle);
  await expect.element(page.getByRole('textbox', { name: 'Priority' })).toBeInTheDocument();
  await expect.element(page.getByRole('textbox', { name: 'Urgent' })).toBeInTheDocument();
  expect(toggles.map((t) => t.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
  expect(await seriousViolations(container)).toEqual([]);
});
