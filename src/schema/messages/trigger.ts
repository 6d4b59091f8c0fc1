import type { ActionFormMessages } from './types';

/** TriggerForm's own strings: only hosts that render TriggerForm load them. */
export const triggerMessages = {
  loadingTrigger: 'Loading trigger…',
  triggerNotFound: 'Trigger not found.',
  triggerLoadFailed: 'The trigger could not be loaded.',
  triggerMissing: (type) => `Trigger "${type}" was not found. It may not exist, or its integration may not be connected for this user.`,
  skippedTriggers: (count, integration) => `Skipped ${count} malformed ${count === 1 ? 'trigger' : 'triggers'} of ${integration}.`,
  subscribe: 'Subscribe',
  updateSubscription: 'Update subscription',
  subscriptionStatus: (status) => ({ ACTIVE: 'Active', ERRORED: 'Errored' })[status] ?? status,
  subscribed: (status) => `Subscribed. Status: ${status}.`,
  subscriptionUpdated: (status) => `Subscription updated. Status: ${status}.`,
  subscribeFailed: 'The subscription could not be created.',
  updateFailed: 'The subscription could not be updated.',
  errored: 'This subscription is not receiving events.',
  erroredWithoutReason: 'The integration reported an error without details.',
  showExample: 'Show example payload',
  exampleTitle: 'Example payload',
  exampleLoaded: (count) => `Example payload loaded: ${count} ${count === 1 ? 'record' : 'records'}.`,
  exampleFailed: 'The example payload could not be loaded.',
  unsubscribe: 'Unsubscribe',
  unsubscribeQuestion: 'Unsubscribe?',
  unsubscribeHint: 'Events of this trigger will no longer be delivered.',
  cancel: 'Cancel',
  unsubscribed: 'Unsubscribed.',
  unsubscribeFailed: 'The subscription could not be removed.',
} satisfies Partial<ActionFormMessages>;

/** The keys of `triggerMessages`. */
export type TriggerMessages = typeof triggerMessages;
