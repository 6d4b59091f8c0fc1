import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, ActionKitProvider, type ActionFormHandle, type ParagonAction, type Variable } from '../../src';
import { renderWithProvider, TEST_TOKEN, testQueryClient } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();

const variables: Variable[] = [
  { value: '{{1.output.contact.ownerId}}', label: 'Owner id', group: '1. HubSpot: Get contact' },
  { value: '{{settings.priority}}', label: 'Priority', group: 'Settings' },
];

const schema: ParagonAction = {
  name: 'ACME_CREATE_TICKET',
  title: 'Create ticket',
  inputs: [
    { id: 'priority', title: 'Priority', type: 'ENUM', required: true, values: [{ value: 'low', label: 'Low' }, { value: 'high', label: 'High' }] },
    { id: 'urgent', title: 'Urgent', type: 'SWITCH' },
    { id: 'owner', title: 'Owner', type: 'EDITABLE_ENUM', values: ['alice', 'bob'] },
    {
      id: 'recordType',
      title: 'Record type',
      type: 'ENUM',
      values: [{ value: 'Task', dependentInputs: [{ id: 'subject', title: 'Subject', type: 'TEXT' }] }, { value: 'Note' }],
    },
  ],
};

type User = ReturnType<typeof userEvent.setup>;
/** The "Use a variable" toggle of the field titled `title` (buttons share their name; the field tells them apart). */
const toggleIn = (title: string) => {
  const label = screen.getByText(title, { selector: 'label' });
  const button = label.closest('.akf-field')?.querySelector<HTMLButtonElement>('button[aria-pressed]');
  if (!button) throw new Error(`no toggle for ${title}`);
  return button;
};
const run = async (user: User) => {
  await user.click(screen.getByRole('button', { name: 'Run action' }));
  await screen.findByText('Action ran successfully.');
  return log.runs.at(-1)?.parameters;
};

describe('with variables', () => {
  test('each enum and boolean without branches has a "Use a variable" toggle, not pressed', () => {
    renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} />);
    const toggles = screen.getAllByRole('button', { name: 'Use a variable' });
    expect(toggles).toHaveLength(3);
    for (const title of ['Priority', 'Urgent', 'Owner']) expect(toggleIn(title)).toHaveAttribute('aria-pressed', 'false');
    // options that reveal dependents: a token could not choose the branch
    expect(screen.getByText('Record type', { selector: 'label' }).closest('.akf-field')?.querySelector('button[aria-pressed]')).toBeNull();
  });

  test('the toggle swaps the dropdown for a textbox named by the title; the typed token is sent on Run', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} />);
    await user.click(toggleIn('Priority'));
    expect(toggleIn('Priority')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('combobox', { name: 'Priority' })).toBeNull();
    const box = screen.getByRole('textbox', { name: 'Priority' });
    await user.type(box, '{{{{settings.priority}}');
    expect(box).toHaveValue('{{settings.priority}}');
    expect(await run(user)).toEqual({ priority: '{{settings.priority}}', urgent: false });
  });

  test('a switch in variable mode sends its token verbatim', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} defaultValues={{ priority: 'low' }} />);
    expect(screen.getByRole('switch', { name: 'Urgent' })).toHaveAttribute('aria-checked', 'false');
    await user.click(toggleIn('Urgent'));
    expect(screen.queryByRole('switch', { name: 'Urgent' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Urgent' }), '{{{{1.output.isUrgent}}');
    expect(await run(user)).toEqual({ priority: 'low', urgent: '{{1.output.isUrgent}}' });
  });

  test('toggling back restores the earlier choice; toggling on again shows the earlier token', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} onChange={onChange} />);
    await user.click(screen.getByRole('combobox', { name: 'Priority' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    await user.click(toggleIn('Priority'));
    await user.type(screen.getByRole('textbox', { name: 'Priority' }), '{{{{x}}');
    expect(onChange).toHaveBeenLastCalledWith({ priority: '{{x}}', urgent: false });
    await user.click(toggleIn('Priority'));
    expect(toggleIn('Priority')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveTextContent('High');
    expect(onChange).toHaveBeenLastCalledWith({ priority: 'high', urgent: false });
    await user.click(toggleIn('Priority'));
    expect(screen.getByRole('textbox', { name: 'Priority' })).toHaveValue('{{x}}');
  });

  test('text that is not a token yet stays in variable mode while typed', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} defaultValues={{ priority: 'low' }} />);
    await user.click(toggleIn('Owner'));
    await user.type(screen.getByRole('textbox', { name: 'Owner' }), 'alice');
    expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveValue('alice');
    expect(toggleIn('Owner')).toHaveAttribute('aria-pressed', 'true');
  });

  test('saved tokens reopen in variable mode, and collecting again gives the same parameters', async () => {
    const user = userEvent.setup();
    const saved = { priority: '{{settings.priority}}', urgent: '{{1.output.isUrgent}}', owner: '{{1.output.contact.ownerId}}' };
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} defaultValues={saved} onChange={onChange} />);
    expect(screen.getByRole('textbox', { name: 'Priority' })).toHaveValue('{{settings.priority}}');
    expect(screen.getByRole('textbox', { name: 'Urgent' })).toHaveValue('{{1.output.isUrgent}}');
    expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveValue('{{1.output.contact.ownerId}}');
    for (const title of ['Priority', 'Urgent', 'Owner']) expect(toggleIn(title)).toHaveAttribute('aria-pressed', 'true');
    expect(onChange).toHaveBeenCalledWith(saved);
    expect(await run(user)).toEqual(saved);
    // no earlier choice: toggling back gives the empty dropdown (required again) and the default switch
    await user.click(toggleIn('Priority'));
    expect(screen.getByRole('combobox', { name: 'Priority' })).toBeInTheDocument();
    await user.click(toggleIn('Urgent'));
    expect(screen.getByRole('switch', { name: 'Urgent' })).toHaveAttribute('aria-checked', 'false');
  });

  test('reset returns to the saved mode; a required empty variable textbox blocks Run', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} schema={schema} integration="acme" variables={variables} defaultValues={{ priority: 'high' }} />);
    await user.click(toggleIn('Priority'));
    const box = screen.getByRole('textbox', { name: 'Priority' });
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Priority is required')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveFocus();
    expect(log.runs).toHaveLength(0);
    ref.current?.reset();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveTextContent('High'));
    expect(toggleIn('Priority')).toHaveAttribute('aria-pressed', 'false');
  });

  test('a new schema version with the same name keeps the token and the mode', async () => {
    const ref = createRef<ActionFormHandle>();
    const saved = { priority: '{{settings.priority}}' };
    const queryClient = testQueryClient();
    const form = (s: ParagonAction) => (
      <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={queryClient}>
        <ActionForm ref={ref} schema={s} integration="acme" variables={variables} defaultValues={saved} />
      </ActionKitProvider>
    );
    const { rerender } = render(form(schema));
    rerender(form({ ...schema, inputs: [...(schema.inputs ?? []), { id: 'note', title: 'Note', type: 'TEXT' }] }));
    expect(await screen.findByRole('textbox', { name: 'Note' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Priority' })).toHaveValue('{{settings.priority}}');
    expect(ref.current?.getParameters()).toEqual({ priority: '{{settings.priority}}', urgent: false });
  });
});

describe('without variables', () => {
  test('no toggle; the switch stays the native checkbox', () => {
    renderWithProvider(<ActionForm schema={schema} integration="acme" />);
    expect(screen.queryByRole('button', { name: 'Use a variable' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Urgent' }).tagName).toBe('INPUT');
  });

  test('a saved token is still sent verbatim', async () => {
    const user = userEvent.setup();
    const saved = { priority: '{{settings.priority}}', urgent: '{{1.output.isUrgent}}', owner: '{{1.output.owner}}' };
    renderWithProvider(<ActionForm schema={schema} integration="acme" defaultValues={saved} />);
    expect(await run(user)).toEqual(saved);
  });
});

test('a token committed in an editable list switches to variable mode and keeps the focus there', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} defaultValues={{ priority: 'low' }} />);
  await user.type(screen.getByRole('combobox', { name: 'Owner' }), '{{{{1.output.owner}}{Enter}');
  const box = await screen.findByRole('textbox', { name: 'Owner' });
  expect(box).toHaveValue('{{1.output.owner}}');
  expect(box).toHaveFocus();
  expect(toggleIn('Owner')).toHaveAttribute('aria-pressed', 'true');
});

test('a disabled form disables the toggle', () => {
  renderWithProvider(<ActionForm schema={schema} integration="acme" variables={variables} disabled />);
  for (const toggle of screen.getAllByRole('button', { name: 'Use a variable' })) expect(toggle).toBeDisabled();
});

describe('a dependency holding a variable', () => {
  test('its dependents load no options with the token, say why, and keep a saved value', async () => {
    renderWithProvider(
      <ActionForm action="JIRA_CREATE_ISSUE" variables={variables} defaultValues={{ project: '{{1.output.contact.ownerId}}', assignee: 'user-7', summary: 'S', issueType: '{{settings.priority}}' }} />,
    );
    // the project opens in variable mode, showing its token
    expect(await screen.findByRole('textbox', { name: 'Project' })).toHaveValue('{{1.output.contact.ownerId}}');
    const assignee = await screen.findByRole('combobox', { name: 'Assignee' });
    expect(assignee).toBeDisabled();
    expect(assignee).toHaveAccessibleDescription(expect.stringContaining('Options are unknown while Project is a variable'));
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the search debounce: a request would have gone
    expect(log.options.filter((o) => JSON.stringify(o.parameters).includes('{{'))).toEqual([]);
    expect(log.options.filter((o) => o.sourceKey !== 'projects')).toEqual([]);
    const user = userEvent.setup();
    expect(await run(user)).toMatchObject({ project: '{{1.output.contact.ownerId}}', issueType: '{{settings.priority}}', assignee: 'user-7' });
  });
});
