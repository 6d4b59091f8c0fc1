import type { TriggerSubscriptionStatus } from '../api';
import type { SchemaLoadMessages } from './SchemaLoadState';

const STATUS_LABELS: Record<string, string> = { ACTIVE: 'Active', ERRORED: 'Errored' };

/** A subscription status as the user reads it; statuses the library does not know are shown as sent. */
export const statusLabel = (status: TriggerSubscriptionStatus): string => STATUS_LABELS[status] ?? status;

/** Every string `TriggerForm` shows or announces, in one place until the i18n messages object takes them over. */
export const triggerFormMessages = {
  load: { loading: 'Loading trigger…', notFound: 'Trigger not found.', failed: 'The trigger could not be loaded.' } satisfies SchemaLoadMessages,
  nothingToShow: 'Nothing to show.',
  thisForm: 'This form',
  noSource: 'Pass `trigger` (a trigger type) or `schema` (a trigger definition) to TriggerForm.',
  noIntegration: 'Pass `integration` with `schema`: a trigger cannot be subscribed to without its integration.',
  subscribe: 'Subscribe',
  update: 'Update subscription',
  save: 'Save',
  subscribed: (status: TriggerSubscriptionStatus) => `Subscribed. Status: ${statusLabel(status)}.`,
  updated: (status: TriggerSubscriptionStatus) => `Subscription updated. Status: ${statusLabel(status)}.`,
  saved: 'Saved.',
  subscribeFailed: 'The subscription could not be created.',
  updateFailed: 'The subscription could not be updated.',
  saveFailed: 'The configuration could not be saved.',
  errored: 'This subscription is not receiving events.',
  erroredWithoutReason: 'The integration reported an error without details.',
  showExample: 'Show example payload',
  exampleTitle: 'Example payload',
  exampleLoaded: (count: number) => `Example payload loaded: ${count} ${count === 1 ? 'record' : 'records'}.`,
  exampleFailed: 'The example payload could not be loaded.',
  unsubscribe: 'Unsubscribe',
  unsubscribeQuestion: 'Unsubscribe?',
  unsubscribeHint: 'Events of this trigger will no longer be delivered.',
  cancel: 'Cancel',
  unsubscribed: 'Unsubscribed.',
  unsubscribeFailed: 'The subscription could not be removed.',
};
