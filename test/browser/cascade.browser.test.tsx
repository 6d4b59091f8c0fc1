import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { ActionForm, ActionKitProvider } from '../../src';
import '../../src/styles.css'; // the shipped stylesheet, no test-only CSS
import { RTL_ACTION, RTL_VALUES } from '../fixtures/rtlAction';
import { actionKitHandlers, MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';

// The form's combobox, pairs and filter bring their CSS with their chunks; styles.css is the core.
async function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={mockFetch(actionKitHandlers())} queryClient={queryClient}>
      <div style={{ width: 900 }}>
        <ActionForm schema={RTL_ACTION} integration="acme" defaultValues={RTL_VALUES} />
      </div>
    </ActionKitProvider>,
  );
  return screen.findByRole('group', { name: 'Only when' });
}

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

/** A host stylesheet, put first in <head>: before ours and before every chunk's. */
function hostCss(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.prepend(style);
  added.push(style);
}

test('a host’s plain rule on an akf- class wins over the core and the chunks’ rules, though it comes first', async () => {
  hostCss('.akf-field__label { font-weight: 300 } .akf-filter__row { gap: 3px } .akf-combobox__chevron { color: rgb(1, 2, 3) }');
  const filter = await renderForm();
  expect(getComputedStyle(screen.getByText('Deal name')).fontWeight).toBe('300');
  const row = filter.querySelector('.akf-filter__row')!;
  expect(getComputedStyle(row).display).toBe('grid'); // the chunk's rule still applies where the host says nothing
  expect(getComputedStyle(row).columnGap).toBe('3px');
  const chevron = document.querySelector('.akf-combobox__chevron')!;
  expect(getComputedStyle(chevron).color).toBe('rgb(1, 2, 3)');
});

test('the chunks’ rules that refine core ones hold when styles.css arrives after them', async () => {
  const filter = await renderForm();
  // styles.css loaded last, as when a host imports it after a lazy control has loaded
  const core = [...document.querySelectorAll('style[data-vite-dev-id]')].filter((el) => el.getAttribute('data-vite-dev-id')!.endsWith('/src/styles.css'));
  expect(core).toHaveLength(1);
  document.head.append(core[0]);
  const stage = screen.getByRole('combobox', { name: 'Stage' });
  expect(getComputedStyle(stage).paddingInlineEnd).toBe('30px'); // room for the chevron, over the core's padding
  expect(getComputedStyle(stage).paddingInlineStart).toBe('10px');
  const remove = within(filter).getByRole('button', { name: 'Remove condition' });
  expect(getComputedStyle(remove).width).toBe('36px');
  expect(getComputedStyle(remove).paddingInlineStart).toBe('0px'); // over .akf-button's padding
  expect(getComputedStyle(remove).fontWeight).toBe('400');
});
