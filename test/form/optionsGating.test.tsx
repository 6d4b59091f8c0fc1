import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { ActionForm, ActionKitProvider, type ParagonAction } from '../../src';
import { actionKitHandlers } from '../msw/actionKitHandlers';
import { renderWithProvider, TEST_TOKEN, testQueryClient } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();
const PROXY = 'https://proxy.example/actionkit';
const PROXY_OPTIONS = 'https://options.proxy.example';

const schema: ParagonAction = {
  name: 'SALESFORCE_CREATE_TASK',
  title: 'Create task',
  inputs: [
    { id: 'owner', type: 'DYNAMIC_ENUM', title: 'Owner', sourceType: 'owners' },
    { id: 'filter', type: 'DYNAMIC_CONDITIONAL', title: 'Filter', supportedKeysSource: { sourceType: 'cachedFields' } },
  ],
};

let warn: MockInstance<typeof console.warn>;
const requested: URL[] = [];
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  mock.server.use(...actionKitHandlers({ baseUrl: PROXY, optionsBaseUrl: PROXY_OPTIONS }, mock));
  mock.server.events.on('request:start', ({ request }) => {
    requested.push(new URL(request.url));
  });
});
afterEach(() => {
  warn.mockRestore();
  mock.server.events.removeAllListeners('request:start');
  requested.length = 0;
});

describe('a custom baseUrl without optionsBaseUrl or loadOptions', () => {
  test('sends no options request anywhere, warns once what to configure, and the field takes typed text', async () => {
    const user = userEvent.setup();
    const queryClient = testQueryClient();
    const tree = (label?: string) => (
      <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={queryClient} baseUrl={PROXY}>
        <ActionForm schema={schema} integration="salesforce" submitLabel={label} />
      </ActionKitProvider>
    );
    const { rerender } = render(tree());
    const owner = screen.getByRole('combobox', { name: 'Owner' });
    await user.type(owner, '005-typed');
    await user.keyboard('{Enter}');
    expect(owner).toHaveValue('005-typed');
    // the filter's Field is free text too
    const filter = screen.getByRole('group', { name: 'Filter' });
    expect(within(filter).getByRole('textbox', { name: 'Field' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await screen.findByText('Action ran successfully.');
    expect(mock.runs[0].parameters).toMatchObject({ owner: '005-typed' });
    expect(requested.map((u) => u.host)).toEqual(['proxy.example']);
    expect(mock.options).toEqual([]);
    rerender(tree('Run again'));
    expect(screen.getByRole('button', { name: 'Run again' })).toBeInTheDocument();
    const warnings = warn.mock.calls.filter(([text]) => String(text).startsWith('[actionkit-form]'));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0][0])).toMatch(/optionsBaseUrl/);
    expect(String(warnings[0][0])).toMatch(/loadOptions/);
  });

  test('with optionsBaseUrl the options load from that host, and nothing is warned', async () => {
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="salesforce" />, { baseUrl: PROXY, optionsBaseUrl: PROXY_OPTIONS });
    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Alan Turing' }));
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('Alan Turing');
    await waitFor(() => expect(mock.options.some((o) => o.sourceKey === 'owners')).toBe(true));
    expect(new Set(requested.map((u) => u.host))).toEqual(new Set(['options.proxy.example']));
    expect(warn.mock.calls.filter(([text]) => String(text).startsWith('[actionkit-form]'))).toEqual([]);
  });

  test('a host loadOptions is used and nothing is warned', async () => {
    const user = userEvent.setup();
    const loadOptions = vi.fn(async () => ({ options: [{ value: 'h1', label: 'From host' }] }));
    renderWithProvider(<ActionForm schema={schema} integration="salesforce" />, { baseUrl: PROXY, loadOptions });
    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    expect(await screen.findByRole('option', { name: 'From host' })).toBeInTheDocument();
    expect(requested).toEqual([]);
    expect(warn.mock.calls.filter(([text]) => String(text).startsWith('[actionkit-form]'))).toEqual([]);
  });
});
