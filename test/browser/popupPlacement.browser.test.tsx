import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { CSSProperties, ReactNode } from 'react';
import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider, type ParagonAction } from '../../src';
import '../../src/styles.css'; // the shipped stylesheet, no test-only CSS
import { actionKitHandlers, MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';

const schema: ParagonAction = {
  name: 'ACME_STAGE',
  title: 'Stage',
  inputs: [{ id: 'stage', type: 'EDITABLE_ENUM', title: 'Stage', values: Array.from({ length: 40 }, (_, i) => `Stage ${i + 1}`) }],
};

/** A host's side panel: 380px wide, full height, clipping what overflows it. */
const panel: CSSProperties = { position: 'fixed', top: 0, right: 0, width: 380, height: '100vh', boxSizing: 'border-box', padding: 16, overflow: 'hidden', display: 'flex', flexDirection: 'column' };

function renderInPanel(style: CSSProperties, children: ReactNode = <ActionForm schema={schema} integration="acme" hideSubmit />, attrs: Record<string, string> = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch(actionKitHandlers())} queryClient={queryClient}>
      <aside data-testid="panel" style={{ ...panel, ...style }} {...attrs}>
        {children}
      </aside>
    </ActionKitProvider>,
  );
  return screen.getByTestId('panel');
}

async function open() {
  const input = screen.getByRole('combobox', { name: 'Stage' });
  await userEvent.click(input);
  const popup = (await screen.findByRole('listbox', { name: 'Stage' })).closest('.akf-combobox__popup') as HTMLElement;
  return { input, popup };
}

const rect = (el: Element) => el.getBoundingClientRect();

/** The popup is inside the viewport and nothing covers or clips it: its own listbox is what is hit at its corners. */
function expectFullyVisible(popup: HTMLElement) {
  const r = rect(popup);
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.left).toBeGreaterThanOrEqual(0);
  expect(r.bottom).toBeLessThanOrEqual(window.innerHeight);
  expect(r.right).toBeLessThanOrEqual(window.innerWidth);
  for (const [x, y] of [[r.left + 6, r.top + 6], [r.right - 6, r.bottom - 6], [r.left + r.width / 2, r.top + r.height / 2]]) {
    expect(popup.contains(document.elementFromPoint(x, y)), `hit at ${x},${y}`).toBe(true);
  }
}

test('near the bottom of the viewport in an overflow: hidden panel, the list opens above the input, fully visible', async () => {
  const aside = renderInPanel({ justifyContent: 'flex-end' });
  const { input, popup } = await open();
  await expect.poll(() => rect(popup).bottom <= rect(input).top).toBe(true);
  expectFullyVisible(popup);
  expect(aside.contains(popup)).toBe(false); // portalled out of the clipping panel
  expect(rect(popup).width).toBeCloseTo(rect(input.closest('.akf-combobox')!).width, 0);
  expect(rect(input).bottom).toBeGreaterThan(window.innerHeight - 100); // the case being tested: little room below

  await userEvent.click(screen.getByRole('option', { name: 'Stage 3' }));
  expect(input).toHaveValue('Stage 3');
  expect(input).toHaveFocus();
});

test('in the middle of a short panel the list opens below the input, past the panel, fully visible', async () => {
  const aside = renderInPanel({ justifyContent: 'center', top: 'calc(50vh - 120px)', height: 240 });
  const { input, popup } = await open();
  await expect.poll(() => rect(popup).top >= rect(input).bottom).toBe(true);
  expectFullyVisible(popup);
  expect(rect(popup).bottom).toBeGreaterThan(rect(aside).bottom); // the case being tested: it overhangs the panel
});

test('with less room than it needs on either side, the list is limited to the room left and scrolls', async () => {
  const { width, height } = { width: window.innerWidth, height: window.innerHeight };
  await page.viewport(width, 420);
  try {
    renderInPanel({ justifyContent: 'center' });
    const { input, popup } = await open();
    await expect.poll(() => rect(popup).height).toBeLessThan(300); // its natural height is over 300px
    expectFullyVisible(popup);
    const listbox = screen.getByRole('listbox', { name: 'Stage' });
    expect(listbox.scrollHeight).toBeGreaterThan(listbox.clientHeight);
    const r = rect(popup);
    expect(r.bottom <= rect(input).top || r.top >= rect(input).bottom).toBe(true); // never over its input
  } finally {
    await page.viewport(width, height);
  }
});

test('inside a scrolled panel the list follows its input', async () => {
  const aside = renderInPanel(
    { overflowY: 'auto', display: 'block', top: 100, height: 360 },
    <>
      <div style={{ height: 160 }} />
      <ActionForm schema={schema} integration="acme" hideSubmit />
      <div style={{ height: 1500 }} />
    </>,
  );
  const { input, popup } = await open();
  await expect.poll(() => rect(popup).top >= rect(input).bottom).toBe(true);
  expectFullyVisible(popup); // it reaches past the panel's bottom edge
  expect(rect(popup).bottom).toBeGreaterThan(rect(aside).bottom);
  const gap = rect(popup).top - rect(input).bottom;
  const before = rect(popup).top;

  aside.scrollTop = 60;
  await expect.poll(() => rect(popup).top).toBeCloseTo(before - 60, 0);
  expect(rect(popup).top - rect(input).bottom).toBeCloseTo(gap, 0);
  expect(rect(popup).left).toBeCloseTo(rect(input.closest('.akf-combobox')!).left, 0);
  expectFullyVisible(popup);
});

test('the portalled list keeps the theme of the form it belongs to', async () => {
  renderInPanel({ justifyContent: 'center' }, undefined, { 'data-akf-theme': 'dark' });
  const { popup } = await open();
  expect(getComputedStyle(popup).backgroundColor).toBe('rgb(22, 27, 34)'); // --akf-color-bg of the dark theme
  expect(getComputedStyle(screen.getByRole('option', { name: 'Stage 1' })).color).toBe('rgb(230, 233, 239)'); // its --akf-color-text
});

const enumSchema: ParagonAction = {
  name: 'ACME_PRIORITY',
  title: 'Priority',
  inputs: [{ id: 'priority', type: 'ENUM', title: 'Priority', values: ['Low', 'Normal', 'High'] }],
};

/** A host's theme: custom properties set on its own panel, not on :root or .akf-root. */
const hostTheme = { '--akf-color-bg': 'rgb(1, 2, 3)', '--akf-color-text': 'rgb(250, 240, 230)' } as CSSProperties;

test("custom properties a host sets on its own panel reach the portalled combobox list", async () => {
  renderInPanel({ justifyContent: 'center', ...hostTheme });
  const { popup } = await open();
  expect(getComputedStyle(popup).backgroundColor).toBe('rgb(1, 2, 3)');
  expect(getComputedStyle(screen.getByRole('option', { name: 'Stage 1' })).color).toBe('rgb(250, 240, 230)');
});

test('the ENUM list takes the dark theme and the host panel’s custom properties of its form', async () => {
  renderInPanel({ justifyContent: 'center' }, <ActionForm schema={enumSchema} integration="acme" hideSubmit />, { 'data-akf-theme': 'dark' });
  await userEvent.click(screen.getByRole('combobox', { name: 'Priority' }));
  const option = await screen.findByRole('option', { name: 'Normal' });
  const list = option.closest('.akf-select__content') as HTMLElement;
  expect(getComputedStyle(list).backgroundColor).toBe('rgb(22, 27, 34)'); // dark --akf-color-bg
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => screen.queryByRole('option', { name: 'Normal' })).toBeNull();
});

test('the ENUM list takes custom properties a host sets on its own panel', async () => {
  renderInPanel({ justifyContent: 'center', ...hostTheme }, <ActionForm schema={enumSchema} integration="acme" hideSubmit />);
  await userEvent.click(screen.getByRole('combobox', { name: 'Priority' }));
  const option = await screen.findByRole('option', { name: 'High' });
  expect(getComputedStyle(option.closest('.akf-select__content') as HTMLElement).backgroundColor).toBe('rgb(1, 2, 3)');
  expect(getComputedStyle(option).color).toBe('rgb(250, 240, 230)');
});
