import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { ActionForm } from '../src';
import { MockActionKit } from './support/MockActionKit';

function FixtureAction({ action }: { action: string }) {
  return (
    <MockActionKit latency={150}>
      <div style={{ maxWidth: 640 }}>
        <ActionForm action={action} />
      </div>
    </MockActionKit>
  );
}

const meta = { title: 'Actions/Fixture Actions', component: FixtureAction, args: { action: 'SALESFORCE_CREATE_RECORD' } } satisfies Meta<typeof FixtureAction>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SlackSendDirectMessage: Story = { args: { action: 'SLACK_SEND_DIRECT_MESSAGE' } };
export const SalesforceCreateRecord: Story = { args: { action: 'SALESFORCE_CREATE_RECORD' } };
export const SalesforceSearchRecords: Story = { args: { action: 'SALESFORCE_SEARCH_RECORDS' } };
export const HubspotCreateRecord: Story = { args: { action: 'HUBSPOT_CREATE_RECORD' } };
export const GoogleSheetsUpdateRow: Story = { args: { action: 'GOOGLE_SHEETS_UPDATE_ROW' } };
export const JiraCreateIssue: Story = { args: { action: 'JIRA_CREATE_ISSUE' } };
export const ZendeskSearchTickets: Story = { args: { action: 'ZENDESK_SEARCH_TICKETS' } };
export const AcmeCreateContact: Story = { args: { action: 'ACME_CREATE_CONTACT' } };
export const NoInputs: Story = { args: { action: 'ACME_PING' } };

/** The 3-level polymorphic path: Task → Call → Outbound reveals the call duration, and Run succeeds. */
export const TaskCallOutbound: Story = {
  args: { action: 'SALESFORCE_CREATE_RECORD' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pick = async (field: string, option: string) => {
      await userEvent.click(await canvas.findByRole('combobox', { name: field }));
      await userEvent.click(await screen.findByRole('option', { name: option })); // Radix portals to body
    };
    await pick('Record type', 'Task');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Subject' }), 'Follow up');
    await pick('Task Subtype', 'Call');
    await pick('Call Type', 'Outbound');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Call Duration (seconds)' }), '300');
    await userEvent.click(canvas.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Action ran successfully.'));
    // the result is shown outside the live region, so a screen reader hears only the announcement
    await expect(canvas.getByRole('status')).not.toHaveTextContent('field-CallDurationInSeconds');
    await expect(canvas.getByText(/"field-CallDurationInSeconds": "300"/)).toBeVisible();
  },
};
