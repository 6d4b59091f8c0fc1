import type { ActionFormMessages } from './types';

/** The searchable list (EDITABLE_ENUM, the dynamic lists, the filter's Field and pair Key pickers) and its options' load states. */
export const comboboxMessages = {
  useTyped: (text) => `Use "${text}"`,
  selectOrTypePlaceholder: 'Select or type a value…',
  moreOptions: (hidden) => `Keep typing to narrow down (${hidden} more)`,
  optionsOffline: 'You appear to be offline. The options will load when the connection is back.',
  loading: 'Loading…',
  updating: 'Updating…',
  noOptions: 'No options',
  loadMore: 'Load more',
  optionsFailed: (detail) => `Options could not be loaded${detail ? `: ${detail}` : '.'}`,
} satisfies Partial<ActionFormMessages>;

/** The keys of `comboboxMessages`. */
export type ComboboxMessages = typeof comboboxMessages;
