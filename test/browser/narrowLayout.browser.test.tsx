import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { ActionForm, ActionKitProvider } from '../../src';
import '../../src/styles.css'; // the shipped stylesheet, no test-only CSS
import { RTL_ACTION, RTL_VALUES } from '../fixtures/rtlAction';
import { actionKitHandlers, MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';

const rect = (el: Element) => el.getBoundingClientRect();

function renderAt(width: number) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch(actionKitHandlers())} queryClient={queryClient}>
      <div style={{ width, padding: 16, boxSizing: 'border-box' }}>
        <ActionForm schema={RTL_ACTION} integration="acme" defaultValues={RTL_VALUES} />
      </div>
    </ActionKitProvider>,
  );
}

/** Width the select's own text needs, in its font. */
function textWidth(select: HTMLSelectElement): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = getComputedStyle(select).font;
  return context.measureText(select.selectedOptions[0].text).width;
}

/** Every focusable control of the group lies inside it horizontally. */
function expectInside(group: HTMLElement) {
  const box = rect(group);
  for (const el of group.querySelectorAll('input, select, textarea, button')) {
    expect(rect(el).left, el.outerHTML).toBeGreaterThanOrEqual(box.left - 0.5);
    expect(rect(el).right, el.outerHTML).toBeLessThanOrEqual(box.right + 0.5);
  }
}

describe.each([320, 380, 480, 640, 900])('a form %ipx wide', (width) => {
  beforeEach(() => page.viewport(1000, 900));

  test('the filter row fits, its Operator shows its whole label, and the remove button ends the first line', async () => {
    renderAt(width);
    const filter = await screen.findByRole('group', { name: 'Only when' });
    expectInside(filter);
    const operator = within(filter).getByRole('combobox', { name: 'Operator' }) as HTMLSelectElement;
    const style = getComputedStyle(operator);
    const room = operator.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    expect(textWidth(operator)).toBeLessThanOrEqual(room);
    const field = within(filter).getByRole('combobox', { name: 'Field' });
    const remove = within(filter).getByRole('button', { name: 'Remove condition' });
    expect(Math.abs(rect(remove).top - rect(field).top)).toBeLessThan(1);
    expect(rect(remove).left).toBeGreaterThan(rect(field).right);
  });

  test('the pair row fits, the remove button on the Key’s line, Value at least as wide as the Key', async () => {
    renderAt(width);
    const pairs = await screen.findByRole('group', { name: 'Fields' });
    expectInside(pairs);
    const key = within(pairs).getByRole('combobox', { name: 'Key' });
    const value = within(pairs).getByRole('textbox', { name: 'Value' });
    const remove = within(pairs).getByRole('button', { name: 'Remove pair' });
    expect(Math.abs(rect(remove).top - rect(key).top)).toBeLessThan(1);
    expect(rect(value).width).toBeGreaterThanOrEqual(rect(key).width);
    // the Value box is drawn like every other control, not with the browser's default
    expect(getComputedStyle(value).minHeight).toBe(getComputedStyle(key).minHeight);
  });
});
