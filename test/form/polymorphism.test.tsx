import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type ActionFormHandle } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();

async function choose(user: ReturnType<typeof userEvent.setup>, field: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('SALESFORCE_CREATE_RECORD', () => {
  test('Task → Call → Outbound reveals Call Duration and Run sends exactly the active path', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithProvider(<ActionForm action="SALESFORCE_CREATE_RECORD" onSuccess={onSuccess} />);
    await screen.findByRole('combobox', { name: 'Record type' });
    await choose(user, 'Record type', 'Task');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Follow up');
    await choose(user, 'Task Subtype', 'Call');
    expect(screen.queryByRole('textbox', { name: 'Call Duration (seconds)' })).toBeNull();
    await choose(user, 'Call Type', 'Outbound');
    await user.type(screen.getByRole('textbox', { name: 'Call Duration (seconds)' }), '300');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await screen.findByText('Action ran successfully.');
    expect(log.runs).toEqual([
      {
        tool: 'SALESFORCE_CREATE_RECORD',
        parameters: { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' },
        authorization: expect.stringMatching(/^Bearer /),
      },
    ]);
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ ok: true }), expect.objectContaining({ recordType: 'Task' }));
  });

  test('switching branches drops the old branch and restores it when switching back', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm action="SALESFORCE_CREATE_RECORD" onChange={onChange} />);
    await screen.findByRole('combobox', { name: 'Record type' });
    await choose(user, 'Record type', 'Lead');
    await user.type(screen.getByRole('textbox', { name: 'Last Name' }), 'Lovelace');
    await choose(user, 'Record type', 'Task');
    expect(screen.queryByRole('textbox', { name: 'Last Name' })).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith({ recordType: 'Task' });
    await choose(user, 'Record type', 'Lead');
    expect(screen.getByRole('textbox', { name: 'Last Name' })).toHaveValue('Lovelace');
    expect(onChange).toHaveBeenLastCalledWith({ recordType: 'Lead', 'field-LastName': 'Lovelace', 'field-HasOptedOutOfEmail': false });
  });

  test('a branch left and reset meanwhile comes back with the initial values, typed text and choices alike', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm ref={ref} action="SALESFORCE_CREATE_RECORD" onChange={onChange} />);
    await screen.findByRole('combobox', { name: 'Record type' });
    await choose(user, 'Record type', 'Task');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Follow up');
    await choose(user, 'Task Subtype', 'Call');
    await choose(user, 'Record type', 'Lead');
    expect(screen.queryByRole('textbox', { name: 'Subject' })).toBeNull();
    act(() => ref.current!.reset());
    await choose(user, 'Record type', 'Task');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Task Subtype' })).not.toHaveTextContent('Call');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Again');
    expect(onChange).toHaveBeenLastCalledWith({ recordType: 'Task', 'field-Subject': 'Again' });
  });

  test('a missing required field blocks the run, is marked invalid with its message and gets focus', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm action="SALESFORCE_CREATE_RECORD" />);
    await screen.findByRole('combobox', { name: 'Record type' });
    await choose(user, 'Record type', 'Task');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    await waitFor(() => expect(subject).toHaveAttribute('aria-invalid', 'true'));
    expect(subject).toHaveAccessibleDescription('Subject is required');
    expect(subject).toHaveFocus();
    expect(log.runs).toEqual([]);
  });
});
