import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { expect, onTestFinished, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider, type ParagonAction } from '../../src';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL, newLog } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';
import { TEXT_LIKE, VARIABLES } from '../variables/fixtures';

function renderForm(schema: ParagonAction = TEXT_LIKE, style?: React.CSSProperties, className?: string) {
  const log = newLog();
  const fetch = mockFetch(actionKitHandlers({}, log));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={fetch} queryClient={queryClient}>
      <main style={{ width: 520, ...style }}>
        <ActionForm schema={schema} variables={VARIABLES} className={className} />
      </main>
    </ActionKitProvider>,
  );
  return log;
}

const list = () => screen.getByRole('listbox', { name: 'Variables' });
const popupBox = () => (list().closest('.akf-layer__popup') as HTMLElement).getBoundingClientRect();
const seriousViolations = async (root: Element) =>
  (await axe.run(root)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the list opens next to the caret: further right after longer text, on the line of the caret in a textarea', async () => {
  const { innerWidth, innerHeight } = window;
  await page.viewport(1000, 700);
  onTestFinished(() => page.viewport(innerWidth, innerHeight));
  renderForm(TEXT_LIKE, { width: 900 });
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('{{{{');
  const short = popupBox();
  const field = message.getBoundingClientRect();
  expect(short.top).toBeGreaterThanOrEqual(field.top);
  expect(short.left).toBeLessThan(field.left + 40);
  await userEvent.keyboard('{Escape}');
  await userEvent.keyboard('A much longer greeting text {{{{');
  const long = popupBox();
  expect(long.left).toBeGreaterThan(short.left + 100);
  await userEvent.keyboard('{Escape}'); // the open list covers the field below

  const note = screen.getByRole('textbox', { name: 'Note' });
  await userEvent.click(note);
  await userEvent.keyboard('first line{Enter}second{Enter}third {{{{');
  const third = popupBox();
  const noteBox = note.getBoundingClientRect();
  // below the third line, not below the whole field's first line
  expect(third.top).toBeGreaterThan(noteBox.top + 40);
});

test('near the bottom of the viewport the list flips above the caret and stays inside the viewport', async () => {
  renderForm(TEXT_LIKE, { paddingTop: window.innerHeight - 140 });
  const message = await screen.findByRole('textbox', { name: 'Message' });
  message.scrollIntoView({ block: 'end' });
  await userEvent.click(message);
  await userEvent.keyboard('{{{{');
  await waitFor(() => expect(popupBox().bottom).toBeLessThanOrEqual(message.getBoundingClientRect().top + 30));
  expect(popupBox().top).toBeGreaterThanOrEqual(0);
});

test('real keyboard: ArrowDown, Enter inserts; the caret lands after the token; Run sends it verbatim; Enter did not submit', async () => {
  const log = renderForm();
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('Hello {{{{');
  await userEvent.keyboard('fir');
  await userEvent.keyboard('{Enter}');
  expect(message).toHaveValue('Hello {{1.output.contact.firstname}}');
  await userEvent.keyboard('!');
  expect(message).toHaveValue('Hello {{1.output.contact.firstname}}!');
  expect(log.runs).toHaveLength(0);
  await userEvent.click(screen.getByRole('button', { name: 'Run action' }));
  await waitFor(() => expect(log.runs).toHaveLength(1));
  expect(log.runs[0].parameters).toEqual({ message: 'Hello {{1.output.contact.firstname}}!' });
});

test('the insertion can be undone like typing', async () => {
  renderForm();
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('Hi {{{{own{Enter}');
  expect(message).toHaveValue('Hi {{settings.owner}}');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(message).toHaveValue('Hi {{own');
});

test('the token mark sits under the token text and shows the label on hover', async () => {
  renderForm();
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('Hi {{{{own{Enter}');
  const mark = (message.closest('.akf-vartext') as HTMLElement).querySelector('mark') as HTMLElement;
  const box = mark.getBoundingClientRect();
  const field = message.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(50);
  expect(box.top).toBeGreaterThanOrEqual(field.top);
  expect(box.bottom).toBeLessThanOrEqual(field.bottom);
  expect(getComputedStyle(mark).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  await userEvent.hover(message, { position: { x: box.left - field.left + box.width / 2, y: box.top - field.top + box.height / 2 } });
  await waitFor(() => expect(message).toHaveAttribute('title', 'Owner'));
});

test('no serious axe violations with the list open (grouped, described options, active descendant)', async () => {
  renderForm();
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('{{{{');
  await userEvent.keyboard('{ArrowDown}');
  expect(within(list()).getAllByRole('group')).toHaveLength(2);
  expect(await seriousViolations(document.body)).toEqual([]);
});

test('the marks follow the text when a long line or a tall textarea scrolls', async () => {
  renderForm(TEXT_LIKE, { width: 320 });
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('A greeting long enough to scroll this narrow field sideways {{{{own{Enter}');
  expect(message.scrollLeft).toBeGreaterThan(0);
  const inside = (mark: Element, field: Element) => {
    const m = mark.getBoundingClientRect();
    const f = field.getBoundingClientRect();
    return m.left >= f.left - 1 && m.right <= f.right + 1 && m.top >= f.top - 1 && m.bottom <= f.bottom + 1;
  };
  const markOf = (field: HTMLElement) => (field.closest('.akf-vartext') as HTMLElement).querySelector('mark') as HTMLElement;
  await waitFor(() => expect(inside(markOf(message), message)).toBe(true));

  const note = screen.getByRole('textbox', { name: 'Note' });
  await userEvent.click(note);
  await userEvent.keyboard('one{Enter}two{Enter}three{Enter}four{Enter}five{Enter}six {{{{first{Enter}');
  expect(note.scrollTop).toBeGreaterThan(0);
  await waitFor(() => expect(inside(markOf(note), note)).toBe(true));
});

test("the list takes the form's dark theme (it is portalled out of the form)", async () => {
  renderForm(TEXT_LIKE, undefined, 'akf-theme-dark');
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('{{{{');
  const popup = list().closest('.akf-combobox__popup') as HTMLElement;
  expect(list().closest('.akf-layer')).toHaveClass('akf-theme-dark');
  expect(getComputedStyle(popup).backgroundColor).toBe(getComputedStyle(message.closest('.akf-root') as HTMLElement).backgroundColor);
});

test('keyboard users reach "Insert variable" with Tab; the list opens with focus back in the field at its caret', async () => {
  renderForm();
  const message = await screen.findByRole('textbox', { name: 'Message' });
  await userEvent.click(message);
  await userEvent.keyboard('Dear , thanks{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
  await userEvent.tab();
  const button = within(message.closest('.akf-vartext') as HTMLElement).getByRole('button', { name: 'Insert variable' });
  expect(button).toHaveFocus();
  expect(button).toHaveAttribute('title', 'Insert variable');
  await userEvent.keyboard('{Enter}');
  expect(message).toHaveFocus();
  expect(message).toHaveAttribute('aria-controls', list().id);
  await userEvent.keyboard('{Enter}');
  expect(message).toHaveValue('Dear {{1.output.contact.firstname}}, thanks');
  expect((message as HTMLInputElement).selectionStart).toBe('Dear {{1.output.contact.firstname}}'.length);
});
