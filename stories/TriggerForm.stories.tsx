import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { TriggerForm, type TriggerSubscription } from '../src';
import { MOCK_BASE_URL } from '../test/msw/actionKitHandlers';
import { mockSubscriptionSeeds } from '../test/msw/triggerHandlers';
import { withMockActionKit } from './support/MockActionKit';

const subscriptionsUrl = `${MOCK_BASE_URL}/projects/:projectId/trigger-subscriptions`;
const triggersUrl = `${MOCK_BASE_URL}/projects/:projectId/triggers`;

/** A fixture subscription as the API answers it (without the mock's `integration`). */
function seed(type: string): TriggerSubscription {
  const { integration: _integration, ...subscription } = mockSubscriptionSeeds.find((s) => s.type === type)!;
  return subscription;
}

/** Picks a record type in the "New Record" trigger's searchable combobox. */
async function pickRecordType(canvas: ReturnType<typeof within>, label: string) {
  await userEvent.click(await canvas.findByRole('combobox', { name: 'Record type' }));
  await userEvent.click(await screen.findByRole('option', { name: label }));
  await waitFor(() => expect(canvas.getByRole('combobox', { name: 'Record type' })).toHaveValue(label));
}

/**
 * The configuration form of a TriggerKit trigger, on the same renderer and inputs as ActionForm:
 * subscribe (create mode), update or unsubscribe a `subscription` (edit mode), and "Show example
 * payload". These stories run on the stateful mock TriggerKit.
 */
// parameters.handlers override single mock endpoints per story
const meta = {
  title: 'TriggerForm',
  component: TriggerForm,
  tags: ['autodocs'],
  args: { trigger: 'SALESFORCE_TRIGGER_RECORD_CREATED', onChange: fn(), onSubscribed: fn(), onUnsubscribed: fn(), onError: fn(), onExample: fn() },
  decorators: [withMockActionKit(200)],
} satisfies Meta<typeof TriggerForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Create mode: pick a record type and subscribe. */
export const Create: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pickRecordType(canvas, 'Opportunity');
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Subscribed. Status: Active.'), { timeout: 5000 });
    await expect(args.onSubscribed).toHaveBeenCalledWith(expect.objectContaining({ parameters: { recordType: 'Opportunity' }, status: 'ACTIVE' }));
  },
};

/** Edit mode: a "Record Updated" subscription with a filter, switched to a record type without one. */
export const Edit: Story = {
  args: { trigger: 'SALESFORCE_TRIGGER_RECORD_UPDATED', subscription: seed('SALESFORCE_TRIGGER_RECORD_UPDATED') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Only when' });
    await userEvent.click(canvas.getByRole('combobox', { name: 'Record type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Account' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Update subscription' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Subscription updated.'), { timeout: 5000 });
    await expect(args.onSubscribed).toHaveBeenCalledWith(expect.objectContaining({ parameters: { recordType: 'Account' } }));
  },
};

/** An ERRORED subscription shows its error; "Unsubscribe" asks first. */
export const Errored: Story = {
  args: { subscription: seed('SALESFORCE_TRIGGER_RECORD_CREATED') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('not queryable for this user');
    await userEvent.click(canvas.getByRole('button', { name: 'Unsubscribe' }));
    const confirm = canvas.getByRole('group', { name: 'Unsubscribe?' });
    await expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** "Show example payload": the records as collapsible JSON, handed to `onExample`. */
export const ExamplePayloadShown: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pickRecordType(canvas, 'Contact');
    await userEvent.click(canvas.getByRole('button', { name: 'Show example payload' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Example payload loaded: 2 records.'), { timeout: 5000 });
    await expect(canvas.getByText(/Ada Lovelace/, { selector: 'pre' })).toBeVisible();
    await expect(args.onExample).toHaveBeenCalled();
  },
};

/** A 500 on subscribe: the alert with status and request id, every value kept. */
export const SubscribeFailing: Story = {
  parameters: {
    handlers: [http.post(subscriptionsUrl, () => HttpResponse.json({ message: 'Salesforce is unavailable', code: '50000', status: 500, meta: { requestId: 'req-sub-500' } }, { status: 500 }))],
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pickRecordType(canvas, 'Lead');
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('The subscription could not be created.');
    await expect(alert).toHaveTextContent('HTTP 500 · Request ID: req-sub-500');
    await expect(canvas.getByRole('combobox', { name: 'Record type' })).toHaveValue('Lead');
    await expect(args.onError).toHaveBeenCalled();
  },
};

export const Loading: Story = {
  parameters: { handlers: [http.get(triggersUrl, () => new Promise<never>(() => {}))] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading trigger…');
  },
};

export const NotFound: Story = { args: { trigger: 'NOT_A_REAL_TRIGGER' } };

export const NoParameters: Story = { args: { trigger: undefined, schema: { type: 'ACME_TRIGGER_PING', triggerModel: 'WEBHOOK', title: 'Ping', parameters: [] }, integration: 'acme' } };
