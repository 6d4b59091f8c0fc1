import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import type { SetupServerApi } from 'msw/node';
import { describe, expect, test } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { MOCK_BASE_URL, MOCK_OPTIONS_BASE_URL } from '../msw/actionKitHandlers';
import { FAULTS, faultUntilRecovered, LEAK_TOKEN, type Fault } from '../support/faults';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit() as ReturnType<typeof setupMockActionKit> & { server: SetupServerApi };
const TOOLS = `${MOCK_BASE_URL}/projects/:p/tools`;
const LIST = `${MOCK_BASE_URL}/projects/:p/actions`;
const OPTIONS = `${MOCK_OPTIONS_BASE_URL}/projects/:p/sdk/actions`;

const schema: ParagonAction = {
  name: 'SLACK_SEND_MESSAGE',
  title: 'Send message',
  inputs: [
    { id: 'message', type: 'TEXT', title: 'Message', required: true },
    { id: 'notes', type: 'TEXTAREA', title: 'Notes' },
    { id: 'urgent', type: 'BOOLEAN_INPUT', title: 'Urgent' },
    { id: 'channel', type: 'DYNAMIC_ENUM', title: 'Channel', sourceType: 'channels' },
  ],
};

describe('Run failures', () => {
  test.each(FAULTS)('$name: the alert says what happened, every value stays, and a second click succeeds', async (fault) => {
    const server = faultUntilRecovered(mock.server, 'post', TOOLS, fault);
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="slack" />, { token: LEAK_TOKEN, fetch: server.fetch });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello team');
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Second line');
    await user.click(screen.getByRole('switch', { name: 'Urgent' }));
    await user.click(screen.getByRole('button', { name: 'Run action' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The action could not be run.');
    expect(alert).toHaveTextContent(fault.message);
    if (fault.status !== undefined) expect(alert).toHaveTextContent(`HTTP ${fault.status}`);
    else expect(alert).not.toHaveTextContent(/HTTP \d/);
    if (fault.requestId) expect(alert).toHaveTextContent(`Request ID: ${fault.requestId}`);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello team');
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Second line');
    expect(screen.getByRole('switch', { name: 'Urgent' })).toBeChecked();
    expect(mock.runs).toHaveLength(0);

    server.recover();
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Action ran successfully.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(mock.runs).toEqual([expect.objectContaining({ tool: 'SLACK_SEND_MESSAGE', parameters: { message: 'Hello team', notes: 'Second line', urgent: true } })]);
  });
});

const loadTitle = (fault: Fault) =>
  fault.kind === 'unauthorized' || fault.kind === 'forbidden' ? 'Your session has expired or is not authorized.'
    : fault.kind === 'notFound' ? 'Action not found.' : 'The action could not be loaded.';

describe('List failures while loading the form', () => {
  test.each(FAULTS)('$name: the load alert says what happened and Retry loads the form', async (fault) => {
    const server = faultUntilRecovered(mock.server, 'get', LIST, fault);
    const user = userEvent.setup();
    renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />, { token: LEAK_TOKEN, fetch: server.fetch });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(loadTitle(fault));
    expect(alert).toHaveTextContent(fault.message);
    if (fault.status !== undefined) expect(alert).toHaveTextContent(`HTTP ${fault.status}`);
    if (fault.requestId) expect(alert).toHaveTextContent(`Request ID: ${fault.requestId}`);
    server.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Dynamic options failures', () => {
  test.each(FAULTS)('$name: the list says why, typed values stay, and Retry loads the options', async (fault) => {
    const server = faultUntilRecovered(mock.server, 'post', OPTIONS, fault, () => HttpResponse.json({ output: ['general', 'random'] }));
    const user = userEvent.setup();
    renderWithProvider(<ActionForm schema={schema} integration="slack" />, { token: LEAK_TOKEN, fetch: server.fetch });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello team');
    await user.click(screen.getByRole('combobox', { name: 'Channel' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Options could not be loaded');
    expect(alert).toHaveTextContent(fault.message);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello team');
    server.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await user.click(await screen.findByRole('option', { name: 'random' }));
    expect(screen.getByRole('combobox', { name: 'Channel' })).toHaveValue('random');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello team');
  });
});
