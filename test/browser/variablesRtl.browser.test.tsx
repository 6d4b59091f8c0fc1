import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ActionForm, ActionKitProvider } from '../../src';
import '../../src/styles.css';
import { actionKitHandlers, MOCK_BASE_URL, newLog } from '../msw/actionKitHandlers';
import { mockFetch } from '../msw/mockFetch';
import { TEST_TOKEN } from '../support/render';
import { TEXT_LIKE, VARIABLES } from '../variables/fixtures';

// In a right-to-left page text starts at the field's right edge and grows leftwards: the variable
// list must follow the caret there too, not sit at the left as in a left-to-right page.
function renderRtlForm() {
  const fetch = mockFetch(actionKitHandlers({}, newLog()));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <ActionKitProvider projectId="p1" token={TEST_TOKEN} baseUrl={MOCK_BASE_URL} fetch={fetch} queryClient={queryClient}>
      <main dir="rtl" lang="ar" style={{ width: 900 }}>
        <ActionForm schema={TEXT_LIKE} variables={VARIABLES} />
      </main>
    </ActionKitProvider>,
  );
}

const popupBox = () => (screen.getByRole('listbox', { name: 'Variables' }).closest('.akf-layer__popup') as HTMLElement).getBoundingClientRect();

test('right to left: the list opens at the caret near the right edge and moves left as the text grows', async () => {
  const { innerWidth, innerHeight } = window;
  await page.viewport(1000, 700);
  onTestFinished(() => page.viewport(innerWidth, innerHeight));
  renderRtlForm();
  const message = await screen.findByRole('textbox', { name: 'Message' });
  const field = message.getBoundingClientRect();
  await userEvent.click(message);
  await userEvent.keyboard('{{{{');
  const short = popupBox();
  expect(short.top).toBeGreaterThanOrEqual(field.top);
  expect(short.right).toBeGreaterThan(field.right - 60); // at the caret, the inline start (right)
  await userEvent.keyboard('{Escape}');
  await userEvent.keyboard('مرحبا بكم في النموذج الطويل جدا {{{{');
  const long = popupBox();
  expect(long.right).toBeLessThan(short.right - 100);
  expect(long.left).toBeGreaterThanOrEqual(0);
  expect(screen.getByRole('listbox', { name: 'Variables' }).closest('[dir]')).toHaveAttribute('dir', 'rtl');
});
