import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ActionForm, type LoadOptions, type ParagonAction, type ParagonInput, type Parameters } from '../../src';
import { MOCK_OPTIONS_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

// SPEC §5 "Dynamic options, more cases" and restored labels (issue 10)
const log = setupMockActionKit();
const OPTIONS_URL = `${MOCK_OPTIONS_BASE_URL}/projects/:projectId/sdk/actions`;
afterEach(() => onlineManager.setOnline(true));

type User = ReturnType<typeof userEvent.setup>;
type OptionsBody = { sourceKey: string; parameters: Array<{ key: string; source: { value: unknown } }> };
const box = (name: string) => screen.getByRole('combobox', { name });
const pick = async (user: User, field: string, option: string) => {
  await user.click(box(field));
  await user.click(await screen.findByRole('option', { name: option }));
};
const schema = (...inputs: ParagonInput[]): ParagonAction => ({ name: 'ACME_TEST', title: 'Test', inputs });
const lastParameters = (onChange: { mock: { calls: unknown[][] } }) => onChange.mock.calls.at(-1)?.[0] as Parameters;

/** Holds the issue types of `project` until `release()`; other requests pass through to the mock. */
function gateIssueTypes(project: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  log.server.use(
    http.post(OPTIONS_URL, async ({ request }) => {
      const body = (await request.clone().json()) as OptionsBody;
      if (body.sourceKey === 'issueTypes' && body.parameters[0]?.source.value === project) await gate;
      return undefined;
    }),
  );
  return release;
}

const project: ParagonInput = { id: 'project', type: 'DYNAMIC_ENUM', title: 'Project', required: true, valuesSource: { sourceType: 'projects', dependencies: [] } };
const issueType: ParagonInput = { id: 'issueType', type: 'DYNAMIC_ENUM', title: 'Issue Type', required: true, valuesSource: { sourceType: 'issueTypes', dependencies: ['project'] } };

describe('a dependent hidden while its dependency changed', () => {
  const hiddenIssueType = schema(project, { id: 'withType', type: 'BOOLEAN_INPUT', title: 'Set issue type', dependentInputs: [issueType] });

  test('is checked against the new options when it shows again: cleared when they lack it, kept when they have it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={hiddenIssueType} integration="jira" onChange={onChange} />);
    await pick(user, 'Project', 'Platform (PLAT)');
    await user.click(screen.getByRole('switch', { name: 'Set issue type' }));
    await pick(user, 'Issue Type', 'Bug'); // only Platform has Bug
    await user.click(screen.getByRole('switch', { name: 'Set issue type' }));
    expect(screen.queryByRole('combobox', { name: 'Issue Type' })).not.toBeInTheDocument();

    await pick(user, 'Project', 'Mobile (MOB)');
    await user.click(screen.getByRole('switch', { name: 'Set issue type' }));
    await waitFor(() => expect(box('Issue Type')).toHaveValue(''));
    expect(lastParameters(onChange)).toEqual({ project: '10002', withType: true });

    // Task exists in both projects: shown again after a change, it stays
    await pick(user, 'Issue Type', 'Task');
    await user.click(screen.getByRole('switch', { name: 'Set issue type' }));
    await pick(user, 'Project', 'Platform (PLAT)');
    await user.click(screen.getByRole('switch', { name: 'Set issue type' }));
    await waitFor(() => expect(log.options.filter((r) => r.sourceKey === 'issueTypes' && r.parameters.project === '10001').length).toBeGreaterThan(0));
    await user.click(box('Issue Type'));
    await screen.findByRole('option', { name: 'Bug' });
    expect(box('Issue Type')).toHaveValue('Task');
    expect(lastParameters(onChange)).toEqual({ project: '10001', withType: true, issueType: '10005' });
  });
});

describe('Enter while the search is still debouncing', () => {
  const owner: ParagonInput = { id: 'owner', type: 'DYNAMIC_ENUM', title: 'Owner', valuesSource: { sourceType: 'owners' } };

  test('does not pick the single row of the previous search that the typed text no longer matches', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schema(owner)} integration="acme" onChange={onChange} />);
    await user.type(box('Owner'), 'al');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Alan Turing']));
    await user.keyboard('x{Enter}');
    expect(box('Owner')).toHaveValue('alx');
    expect(lastParameters(onChange)).toEqual({});
    expect(await screen.findByText('No matches for "alx"')).toBeInTheDocument();
    expect(lastParameters(onChange)).toEqual({});
  });

  test('an editable type commits the typed text, not the stale row', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schema({ ...owner, type: 'EDITABLE_DYNAMIC_ENUM' })} integration="acme" onChange={onChange} />);
    await user.type(box('Owner'), 'al');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Alan Turing', 'Use "al"']));
    await user.keyboard('x{Enter}');
    await waitFor(() => expect(lastParameters(onChange)).toEqual({ owner: 'alx' }));
  });

  test('once the search has answered, Enter picks its only match', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schema(owner)} integration="acme" onChange={onChange} />);
    await user.type(box('Owner'), 'kat');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Katherine Johnson']));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastParameters(onChange)).toEqual({ owner: '005xx0000067890' }));
    expect(box('Owner')).toHaveValue('Katherine Johnson');
  });
});

test('a paused (offline) options load says offline in the list, not "No options", and loads once back online', async () => {
  const user = userEvent.setup();
  onlineManager.setOnline(false);
  renderWithProvider(<ActionForm schema={schema({ id: 'owner', type: 'DYNAMIC_ENUM', title: 'Owner', valuesSource: { sourceType: 'owners' } })} integration="acme" />);
  await user.click(box('Owner'));
  expect(await screen.findByText(/You appear to be offline/)).toBeInTheDocument(); // the list is portalled to the body
  expect(screen.queryByText('No options')).not.toBeInTheDocument();
  expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  onlineManager.setOnline(true);
  expect(await screen.findByRole('option', { name: 'Alan Turing' })).toBeInTheDocument();
  expect(screen.queryByText(/You appear to be offline/)).not.toBeInTheDocument();
});

test('while a dependency change loads, the previous list stays visible, busy and not pickable; the new list then decides', async () => {
  const user = userEvent.setup();
  renderWithProvider(<ActionForm action="JIRA_CREATE_ISSUE" />);
  await screen.findByRole('combobox', { name: 'Issue Type' });
  await pick(user, 'Project', 'Platform (PLAT)');
  await pick(user, 'Issue Type', 'Bug'); // Mobile has no Bug
  const release = gateIssueTypes('10002');
  await pick(user, 'Project', 'Mobile (MOB)');

  await user.click(box('Issue Type'));
  const listbox = screen.getByRole('listbox', { name: 'Issue Type' });
  expect(listbox).toHaveAttribute('aria-busy', 'true');
  expect(screen.getByText('Updating…')).toBeVisible();
  const task = within(listbox).getByRole('option', { name: 'Task' });
  expect(task).toHaveAttribute('aria-disabled', 'true');
  await user.click(task); // a row of the old list picks nothing
  expect(box('Issue Type')).toHaveValue('Bug');
  expect(screen.queryByText('No options')).not.toBeInTheDocument();

  release();
  // the complete list for Mobile lacks Bug: cleared (the old list never counted as a confirmation)
  await waitFor(() => expect(box('Issue Type')).toHaveValue(''));
  expect(screen.getByRole('listbox', { name: 'Issue Type' })).not.toHaveAttribute('aria-busy');
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Task', 'Story']);
  await user.click(screen.getByRole('option', { name: 'Story' }));
  expect(box('Issue Type')).toHaveValue('Story');
});

test('emptying a required dependency clears the dependent and its own dependents', async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  const loadOptions = vi.fn<LoadOptions>(async ({ sourceType }) => ({ options: sourceType === 'kinds' ? ['Task', 'Bug'] : ['Small', 'Large'] }));
  const inputs = schema(
    { id: 'project', type: 'TEXT', title: 'Project', required: true },
    { id: 'kind', type: 'DYNAMIC_ENUM', title: 'Kind', required: true, valuesSource: { sourceType: 'kinds', dependencies: ['project'] } },
    { id: 'size', type: 'DYNAMIC_ENUM', title: 'Size', required: true, valuesSource: { sourceType: 'sizes', dependencies: ['kind'] } },
  );
  renderWithProvider(<ActionForm schema={inputs} integration="acme" onChange={onChange} />, { loadOptions });
  await user.type(screen.getByRole('textbox', { name: 'Project' }), 'P');
  await waitFor(() => expect(box('Kind')).toBeEnabled());
  await pick(user, 'Kind', 'Task');
  await waitFor(() => expect(box('Size')).toBeEnabled());
  await pick(user, 'Size', 'Large');
  expect(lastParameters(onChange)).toEqual({ project: 'P', kind: 'Task', size: 'Large' });

  await user.clear(screen.getByRole('textbox', { name: 'Project' }));
  await waitFor(() => expect(box('Kind')).toHaveValue(''));
  await waitFor(() => expect(box('Size')).toHaveValue(''));
  expect(box('Kind')).toHaveAttribute('placeholder', 'Select Project first');
  expect(box('Size')).toHaveAttribute('placeholder', 'Select Kind first');
  expect(lastParameters(onChange)).toEqual({});
});

describe('DYNAMIC_CONDITIONAL', () => {
  /** Field keys per custom object (Shipments have no Amount); returns the objects asked for. */
  const fieldsByObject = () => {
    const asked: unknown[] = [];
    log.server.use(
      http.post(OPTIONS_URL, async ({ request }) => {
        const body = (await request.clone().json()) as OptionsBody;
        if (body.sourceKey !== 'cachedFields') return undefined;
        const object = body.parameters.find((p) => p.key === 'customObjectName')?.source.value;
        asked.push(object);
        const fields = object === 'Shipment__c' ? ['Email', 'Carrier'] : ['Email', 'Amount'];
        return HttpResponse.json({ output: fields.map((f) => ({ value: f, label: f })) });
      }),
    );
    return asked;
  };
  const saved = {
    recordType: 'CUSTOM',
    customObjectName: 'Invoice__c',
    filterFormula: { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Amount', operator: '$stringContains', value: '5' }, { field: 'Email', operator: '$exists' }] }] },
  };

  test('rows whose field is missing from the newly loaded complete key list are marked, kept, and stay marked when shown again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const asked = fieldsByObject();
    renderWithProvider(<ActionForm action="SALESFORCE_SEARCH_RECORDS" defaultValues={saved} onChange={onChange} />);
    const fields = () => within(screen.getByRole('group', { name: 'Filter search' })).getAllByRole('combobox', { name: 'Field' });
    await waitFor(() => expect(fields().map((f) => (f as HTMLInputElement).value)).toEqual(['Amount', 'Email']));
    await waitFor(() => expect(asked).toEqual(['Invoice__c']));
    await user.click(fields()[0]);
    expect(await screen.findByRole('option', { name: 'Amount' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/Not available for/)).not.toBeInTheDocument();

    await pick(user, 'Object', 'Shipment');
    await waitFor(() => expect(fields()[0]).toHaveAccessibleDescription('Not available for the selected Object'));
    expect(fields()[1]).not.toHaveAccessibleDescription();
    expect(screen.getAllByText('Not available for the selected Object')).toHaveLength(1);
    // marked, not silently dropped: the row is still sent
    expect(lastParameters(onChange)).toMatchObject({ customObjectName: 'Shipment__c', filterFormula: saved.filterFormula });

    // the branch hidden and shown again: still marked
    await user.click(box('Record type'));
    await user.click(await screen.findByRole('option', { name: 'Contact' }));
    await user.click(box('Record type'));
    await user.click(await screen.findByRole('option', { name: 'Custom Object' }));
    await waitFor(() => expect(fields()[0]).toHaveAccessibleDescription('Not available for the selected Object'));

    // back to an object that has the field: the mark goes
    await pick(user, 'Object', 'Invoice');
    await waitFor(() => expect(fields()[0]).not.toHaveAccessibleDescription());
  });
});

describe('a restored DYNAMIC_ENUM value shows its label', () => {
  const contact: ParagonInput = { id: 'contact', type: 'DYNAMIC_ENUM', title: 'Contact', valuesSource: { sourceType: 'contacts' } };

  test('loading the page that holds it; until then the raw value, marked', async () => {
    renderWithProvider(<ActionForm schema={schema(contact)} integration="acme" defaultValues={{ contact: 'contact-77' }} />);
    expect(box('Contact')).toHaveValue('contact-77');
    expect(box('Contact')).toHaveAccessibleDescription('Saved value (not found in the options yet)');
    await waitFor(() => expect(box('Contact')).toHaveValue('Contact 77'));
    expect(box('Contact')).not.toHaveAccessibleDescription();
    expect(log.options.map((r) => r.cursor).slice(1)).toEqual([50]); // the first page, then the one holding it
  });

  test('a value no option has stays raw, marked unknown', async () => {
    renderWithProvider(<ActionForm schema={schema({ ...contact, valuesSource: { sourceType: 'owners' } })} integration="acme" defaultValues={{ contact: 'gone-1' }} />);
    await waitFor(() => expect(box('Contact')).toHaveAccessibleDescription('Saved value (unknown: not in the loaded options)'));
    expect(box('Contact')).toHaveValue('gone-1');
  });

  test('looks through at most 5 pages', async () => {
    const loadOptions = vi.fn<LoadOptions>(async ({ cursor }) => {
      const page = Number(cursor ?? 0);
      return { options: [{ value: `item-${page}`, label: `Item ${page}` }], nextCursor: page + 1 };
    });
    renderWithProvider(<ActionForm schema={schema(contact)} integration="acme" defaultValues={{ contact: 'item-9' }} />, { loadOptions });
    await waitFor(() => expect(box('Contact')).toHaveAccessibleDescription('Saved value (unknown: not in the loaded options)'));
    expect(loadOptions.mock.calls.map(([r]) => r.cursor)).toEqual([undefined, 1, 2, 3, 4]);
    expect(box('Contact')).toHaveValue('item-9');
  });

  test('a value the user picks is never marked', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema({ ...contact, valuesSource: { sourceType: 'owners' } })} integration="acme" />);
    await pick(user, 'Contact', 'Alan Turing');
    expect(box('Contact')).toHaveValue('Alan Turing');
    expect(box('Contact')).not.toHaveAccessibleDescription();
  });
});
