import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type LoadOptions, type LoadOptionsResult, type ParagonAction, type ParagonInput } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();

const owner: ParagonInput = { id: 'owner', type: 'DYNAMIC_ENUM', title: 'Owner', valuesSource: { sourceType: 'owners' } };
const schema = (...inputs: ParagonInput[]): ParagonAction => ({ name: 'ACME_TEST', title: 'Test', inputs });
const box = (name = 'Owner') => screen.getByRole('combobox', { name });

function deferred() {
  let resolve!: (r: LoadOptionsResult) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<LoadOptionsResult>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('DYNAMIC_ENUM control', () => {
  test('shows loading, then the options with subtitles', async () => {
    const user = userEvent.setup();
    const page = deferred();
    renderWithProvider(<ActionForm schema={schema(owner)} integration="acme" />, { loadOptions: () => page.promise });
    await user.click(box());
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    page.resolve({ options: [{ value: 'u1', label: 'Ada', subtitle: 'ada@acme.com' }] });
    expect(await screen.findByRole('option', { name: /Ada/ })).toHaveTextContent('ada@acme.com');
  });

  test('an empty list says so', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema(owner)} integration="acme" />, { loadOptions: async () => ({ options: [] }) });
    await user.click(box());
    expect(await screen.findByText('No options')).toBeInTheDocument();
  });

  test('a failed load shows an alert with Retry that loads again', async () => {
    const user = userEvent.setup();
    const loadOptions = vi.fn<LoadOptions>().mockRejectedValueOnce(new Error('Gateway down')).mockResolvedValue({ options: [{ value: 'u1', label: 'Ada' }] });
    renderWithProvider(<ActionForm schema={schema(owner)} integration="acme" />, { loadOptions });
    await user.click(box());
    expect(await screen.findByRole('alert')).toHaveTextContent('Options could not be loaded: Gateway down');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('option', { name: 'Ada' })).toBeInTheDocument();
    expect(box()).toHaveFocus();
  });

  test('a saved value shows raw before its options load, then by its label', async () => {
    const page = deferred();
    renderWithProvider(<ActionForm schema={schema(owner)} integration="acme" defaultValues={{ owner: 'u2' }} />, { loadOptions: () => page.promise });
    expect(box()).toHaveValue('u2');
    page.resolve({ options: [{ value: 'u1', label: 'Ada' }, { value: 'u2', label: 'Grace' }] });
    await waitFor(() => expect(box()).toHaveValue('Grace'));
  });

  test('is disabled with "Select <title> first" until a required dependency has a value; empty optional ones are left out', async () => {
    const user = userEvent.setup();
    const loadOptions = vi.fn<LoadOptions>(async () => ({ options: ['Task'] }));
    const project: ParagonInput = { id: 'project', type: 'TEXT', title: 'Project', required: true };
    const board: ParagonInput = { id: 'board', type: 'TEXT', title: 'Board' };
    const kind: ParagonInput = { id: 'kind', type: 'DYNAMIC_ENUM', title: 'Kind', valuesSource: { sourceType: 'kinds', dependencies: ['project', 'board'] } };
    renderWithProvider(<ActionForm schema={schema(project, board, kind)} integration="acme" />, { loadOptions });
    expect(box('Kind')).toBeDisabled();
    expect(box('Kind')).toHaveAttribute('placeholder', 'Select Project first');
    await user.type(screen.getByRole('textbox', { name: 'Project' }), 'P');
    await waitFor(() => expect(box('Kind')).toBeEnabled());
    await waitFor(() => expect(loadOptions).toHaveBeenCalled());
    expect(loadOptions.mock.calls.every(([r]) => r.dependencies.project !== undefined && !('board' in r.dependencies))).toBe(true);
  });

  test('searches on the server, debounced, and shows only its answer', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema({ ...owner, valuesSource: { sourceType: 'contacts' } })} integration="acme" />);
    await user.type(box(), 'contact 11');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent?.replace(/contact.*@example.com/, ''))).toEqual(['Contact 11', 'Contact 110', 'Contact 111', 'Contact 112', 'Contact 113', 'Contact 114', 'Contact 115', 'Contact 116', 'Contact 117', 'Contact 118', 'Contact 119']));
    const searches = log.options.map((r) => r.search);
    expect(searches.at(-1)).toBe('contact 11');
    expect(searches).not.toContain('c');
  });

  test('"Load more" fetches the next page', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema({ ...owner, valuesSource: { sourceType: 'contacts' } })} integration="acme" />);
    await user.click(box());
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(50));
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(100));
    expect(log.options.at(-1)?.cursor).toBe(50);
  });

  test('EDITABLE_DYNAMIC_ENUM also accepts a typed value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm schema={schema({ ...owner, type: 'EDITABLE_DYNAMIC_ENUM' })} integration="acme" onChange={onChange} />, { loadOptions: async () => ({ options: ['Ada'] }) });
    await user.type(box(), 'owner-9{Enter}');
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ owner: 'owner-9' }));
  });
});

describe('DYNAMIC_CONDITIONAL', () => {
  test('the Field picker offers the loaded keys and still accepts a typed one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm action="SALESFORCE_SEARCH_RECORDS" defaultValues={{ recordType: 'Contact' }} onChange={onChange} />);
    const filter = await screen.findByRole('group', { name: 'Filter search' });
    const field = within(filter).getByRole('combobox', { name: 'Field' });
    await user.click(field);
    expect(await screen.findByRole('option', { name: 'Last Name' })).toBeInTheDocument();
    expect(log.options.find((r) => r.sourceKey === 'cachedFields')?.parameters).toEqual({ recordType: 'Contact' });
    await user.click(screen.getByRole('option', { name: 'Last Name' }));
    expect(field).toHaveValue('Last Name');
    await user.clear(field);
    await user.type(field, 'Custom__c{Enter}');
    expect(field).toHaveValue('Custom__c');
  });
});
