import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider } from '../../src';
import '../../src/styles.css'; // the shipped stylesheet, no test-only CSS
import { RTL_ACTION, RTL_VALUES } from '../fixtures/rtlAction';
import { actionKitHandlers, MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';

type Dir = 'ltr' | 'rtl';
const rect = (el: Element) => el.getBoundingClientRect();

/** The form inside a host element carrying `dir` (the form itself sets none). */
function renderIn(dir: Dir, width = 640) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch(actionKitHandlers())} queryClient={queryClient}>
      <div dir={dir} style={{ width, padding: 16 }}>
        <ActionForm schema={RTL_ACTION} integration="acme" defaultValues={RTL_VALUES} />
      </div>
    </ActionKitProvider>,
  );
}

/** Distance of `el` from `box`'s inline-end edge (its right in LTR, its left in RTL). */
const fromEnd = (dir: Dir, el: Element, box: Element) => (dir === 'ltr' ? rect(box).right - rect(el).right : rect(el).left - rect(box).left);
/** `a` lies wholly on the inline-start side of `b`. */
const isBefore = (dir: Dir, a: Element, b: Element) => (dir === 'ltr' ? rect(a).right <= rect(b).left + 0.5 : rect(a).left >= rect(b).right - 0.5);

describe.each<Dir>(['ltr', 'rtl'])('in a %s page the form is laid out in that direction', (dir) => {
  beforeEach(() => page.viewport(1000, 900));

  test('chevrons sit at the inline end of their controls, clear buttons after them', async () => {
    renderIn(dir);
    const tier = await screen.findByRole('combobox', { name: 'Tier' });
    const tierChevron = tier.querySelector('.akf-select__icon')!;
    expect(fromEnd(dir, tierChevron, tier)).toBeLessThan(20);
    expect(isBefore(dir, tier, screen.getByRole('button', { name: 'Clear Tier' }))).toBe(true);
    // the empty ENUM has no clear button: its chevron still at the end
    const level = screen.getByRole('combobox', { name: 'Level' });
    expect(fromEnd(dir, level.querySelector('.akf-select__icon')!, level)).toBeLessThan(20);

    const stage = screen.getByRole('combobox', { name: 'Stage' });
    const clearStage = screen.getByRole('button', { name: 'Clear Stage' });
    const stageChevron = stage.parentElement!.querySelector('.akf-combobox__chevron')!;
    expect(isBefore(dir, stage, clearStage)).toBe(true);
    expect(fromEnd(dir, stageChevron, stage)).toBeLessThan(20);
    expect(fromEnd(dir, stageChevron, stage)).toBeGreaterThanOrEqual(0); // inside the input, not over the button
  });

  test('the pair Value follows its Key, the filter reads Field, Operator, Value, remove', async () => {
    renderIn(dir);
    const pairs = await screen.findByRole('group', { name: 'Fields' });
    const key = within(pairs).getByRole('combobox', { name: 'Key' });
    const value = within(pairs).getByRole('textbox', { name: 'Value' });
    expect(isBefore(dir, key, value)).toBe(true);
    expect(isBefore(dir, value, within(pairs).getByRole('button', { name: 'Remove pair' }))).toBe(true);

    const filter = screen.getByRole('group', { name: 'Only when' });
    const field = within(filter).getByRole('combobox', { name: 'Field' });
    const operator = within(filter).getByRole('combobox', { name: 'Operator' });
    expect(isBefore(dir, field, operator)).toBe(true);
    expect(isBefore(dir, operator, within(filter).getByRole('textbox', { name: 'Value' }))).toBe(true);
  });

  test('an open combobox list takes the direction and is aligned to the control', async () => {
    renderIn(dir);
    const stage = await screen.findByRole('combobox', { name: 'Stage' });
    await userEvent.click(stage);
    const listbox = await screen.findByRole('listbox', { name: 'Stage' });
    const popup = listbox.closest('.akf-combobox__popup')!;
    expect(getComputedStyle(listbox).direction).toBe(dir);
    const control = stage.closest('.akf-combobox')!;
    expect(Math.abs(rect(popup).right - rect(control).right)).toBeLessThan(1);
    expect(Math.abs(rect(popup).left - rect(control).left)).toBeLessThan(1);
    // option text starts at the inline start: the right in RTL
    const option = within(listbox).getByRole('option', { name: 'Qualified' });
    const label = option.firstElementChild ?? option;
    const range = document.createRange();
    range.selectNodeContents(label);
    const text = range.getBoundingClientRect();
    expect(dir === 'ltr' ? text.left - rect(option).left : rect(option).right - text.right).toBeLessThan(16);
  });

  test('an open ENUM list takes the direction and starts at the control’s inline-start edge', async () => {
    renderIn(dir);
    const level = await screen.findByRole('combobox', { name: 'Level' });
    await userEvent.click(level);
    const option = await screen.findByRole('option', { name: 'High' });
    const content = option.closest('.akf-select__content')!;
    expect(getComputedStyle(content).direction).toBe(dir);
    await expect.poll(() => Math.abs((dir === 'ltr' ? rect(content).left - rect(level).left : rect(content).right - rect(level).right))).toBeLessThan(1);
  });
});

test('the ENUM list portalled to the body takes the theme of the form it opens from', async () => {
  await page.viewport(1000, 900);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch(actionKitHandlers())} queryClient={queryClient}>
      <div className="akf-theme-dark">
        <ActionForm schema={RTL_ACTION} integration="acme" />
      </div>
    </ActionKitProvider>,
  );
  const level = await screen.findByRole('combobox', { name: 'Level' });
  await userEvent.click(level);
  const content = (await screen.findByRole('option', { name: 'High' })).closest('.akf-select__content')!;
  expect(getComputedStyle(content).backgroundColor).toBe(getComputedStyle(level).backgroundColor);
  expect(getComputedStyle(content).backgroundColor).not.toBe('rgb(255, 255, 255)');
});

test('an icon button shows its name as a tooltip while focused', async () => {
  await page.viewport(1000, 900);
  renderIn('ltr');
  const remove = await screen.findByRole('button', { name: 'Remove pair' });
  expect(getComputedStyle(remove, '::after').content).toBe('none');
  remove.focus();
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}'); // keyboard focus, so :focus-visible applies
  expect(remove).toHaveFocus();
  expect(getComputedStyle(remove, '::after').content).toBe('"Remove pair"');
});
