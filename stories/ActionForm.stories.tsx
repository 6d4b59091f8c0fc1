import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { ActionForm } from '../src';
import { MOCK_BASE_URL } from '../test/msw/actionKitHandlers';
import { withMockActionKit } from './support/MockActionKit';

const actionsUrl = `${MOCK_BASE_URL}/projects/:projectId/actions`;
const toolsUrl = `${MOCK_BASE_URL}/projects/:projectId/tools`;

/**
 * The configuration form of one ActionKit Action: loads its schema (or renders `schema`), reveals
 * polymorphic dependents, validates, and runs the Action or hands the flat parameters to the host.
 * These stories run on a mock ActionKit serving the fixture Actions.
 */
// parameters.handlers override single mock endpoints per story
const meta = {
  title: 'ActionForm',
  component: ActionForm,
  tags: ['autodocs'],
  args: { action: 'JIRA_CREATE_ISSUE', onChange: fn(), onSuccess: fn(), onError: fn() },
  decorators: [withMockActionKit(200)],
} satisfies Meta<typeof ActionForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Loading: Story = {
  parameters: { handlers: [http.get(actionsUrl, () => new Promise<never>(() => {}))] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading action…');
  },
};

export const ListError: Story = {
  parameters: {
    handlers: [http.get(actionsUrl, () => HttpResponse.json({ message: 'Internal error', code: '50000', meta: { requestId: 'req-list-1' } }, { status: 500 }))],
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent('The action could not be loaded.');
    await expect(alert).toHaveTextContent('req-list-1');
  },
};

export const SessionExpired: Story = {
  parameters: { handlers: [http.get(actionsUrl, () => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 }))] },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('Your session has expired or is not authorized.');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const NotFound: Story = { args: { action: 'NOT_A_REAL_ACTION' } };

export const NoInputs: Story = { args: { action: 'ACME_PING' } };

export const RunSuccess: Story = {
  args: { action: 'ZENDESK_SEARCH_TICKETS' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Action ran successfully.'));
    await expect(args.onSuccess).toHaveBeenCalled();
  },
};

export const RunError: Story = {
  args: { action: 'SLACK_SEND_DIRECT_MESSAGE' },
  parameters: {
    handlers: [
      http.post(toolsUrl, () =>
        HttpResponse.json(
          { message: JSON.stringify({ message: 'Unable to send message', details: { err: 'channel_not_found' } }), code: '41070', status: 500, meta: { requestId: '4c7445d2-1972-4ed6-9e47-46053bf1d45f' } },
          { status: 500 },
        ),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Message' }), 'Hello from Storybook');
    await userEvent.click(canvas.getByRole('button', { name: 'Run action' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Unable to send message');
    await expect(alert).toHaveTextContent('HTTP 500');
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('Hello from Storybook');
  },
};

export const ValidationErrors: Story = {
  args: { action: 'SALESFORCE_CREATE_RECORD' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('combobox', { name: 'Record type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Lead' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Run action' }));
    await expect(await canvas.findByText('Last Name is required')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Last Name' })).toHaveFocus();
  },
};

export const RestoredFromSavedParameters: Story = {
  args: {
    action: 'SALESFORCE_CREATE_RECORD',
    defaultValues: { recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-CallDurationInSeconds': '300' },
  },
};

export const SaveMode: Story = { args: { action: 'ZENDESK_SEARCH_TICKETS', onSubmit: fn() } };

export const Disabled: Story = { args: { action: 'JIRA_CREATE_ISSUE', disabled: true } };
