import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ActionForm } from '../../src';
import { action } from '../fixtures';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();

test('saved parameters restore the branch at every level and run unchanged', async () => {
  const saved = { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' };
  const onChange = vi.fn();
  renderWithProvider(<ActionForm action="SALESFORCE_CREATE_RECORD" defaultValues={saved} onChange={onChange} />);
  expect(await screen.findByRole('combobox', { name: 'Record type' })).toHaveTextContent('Task');
  expect(screen.getByRole('combobox', { name: 'Task Subtype' })).toHaveTextContent('Call');
  expect(screen.getByRole('combobox', { name: 'Call Type' })).toHaveTextContent('Outbound');
  expect(screen.getByRole('textbox', { name: 'Call Duration (seconds)' })).toHaveValue('300');
  expect(onChange).toHaveBeenCalledWith(saved);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Run action' }));
  await screen.findByText('Action ran successfully.');
  expect(log.runs[0].parameters).toEqual(saved);
});

test('a branch opened later starts from its defaults; booleans show what is sent', async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  renderWithProvider(<ActionForm schema={action('JIRA_CREATE_ISSUE')} integration="jira" defaultValues={{ summary: 'Broken login' }} onChange={onChange} />);
  expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('Broken login');
  expect(screen.getByRole('switch', { name: 'Notify watchers' })).toBeChecked();
  expect(onChange).toHaveBeenLastCalledWith({ summary: 'Broken login', notifyUsers: true });
  await user.click(screen.getByRole('switch', { name: 'Notify watchers' }));
  expect(onChange).toHaveBeenLastCalledWith({ summary: 'Broken login', notifyUsers: false });
});

test('hidden inputs are not shown but send their default; read-only inputs are disabled and sent', () => {
  const onChange = vi.fn();
  renderWithProvider(<ActionForm schema={action('ACME_CREATE_CONTACT')} integration="acme" onChange={onChange} />);
  expect(screen.queryByRole('textbox', { name: 'Source' })).toBeNull();
  expect(screen.getByRole('textbox', { name: 'Region' })).toBeDisabled();
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ source: 'api', region: 'eu-west-1', notify: false }));
});
