import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type * as Library from '../../src';

// A fresh copy of the library: its control chunks are not loaded yet, as in a host's first render
// (the test setup preloads them for every other test).
async function freshLibrary(): Promise<typeof Library> {
  vi.resetModules();
  return import('../../src');
}

test('a control whose chunk arrives after the form mounted keeps its element and focus while the user types', async () => {
  const { ActionForm, ActionKitProvider } = await freshLibrary();
  const onChange = vi.fn();
  render(
    <ActionKitProvider projectId="project-1" token="t">
      <ActionForm
        schema={{ name: 'LAZY', title: 'Lazy', inputs: [{ id: 'payload', type: 'CODE', title: 'Payload' }, { id: 'tag', type: 'EDITABLE_ENUM', title: 'Tag', values: ['one', 'two'] }] }}
        onChange={onChange}
        hideSubmit
      />
    </ActionKitProvider>,
  );
  const user = userEvent.setup();

  const payload = await screen.findByRole('textbox', { name: 'Payload' });
  await user.click(payload);
  await user.keyboard('{{"a"');
  expect(payload).toBeInTheDocument();
  expect(payload).toHaveFocus();
  expect(payload).toHaveValue('{"a"');

  const tag = await screen.findByRole('combobox', { name: 'Tag' });
  await user.click(tag);
  await user.keyboard('new{Enter}');
  expect(tag).toBeInTheDocument();
  expect(tag).toHaveFocus();
  expect(tag).toHaveValue('new');
  expect(onChange).toHaveBeenLastCalledWith({ payload: '{"a"', tag: 'new' });
});
