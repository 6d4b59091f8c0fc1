import { comboboxMessages } from './combobox';
import { compose } from './compose';
import type { ActionFormMessages } from './types';

/** The dynamic lists (DYNAMIC_ENUM, EDITABLE_DYNAMIC_ENUM), over the searchable list's strings. */
export const dynamicMessages = /* @__PURE__ */ compose(
  {
    selectFirst: (title) => `Select ${title} first`,
    dependsOnVariable: (title) => `Options are unknown while ${title} is a variable`,
    searchPlaceholder: 'Search…',
    searchOrTypePlaceholder: 'Search or type a value…',
    typeValuePlaceholder: 'Type a value…',
    typeValue: 'Type a value',
    optionsNeedConnection: 'Type a value; options for this field load once a connection is configured.',
    noMatches: (search) => `No matches for "${search}"`,
    savedValueLooking: 'Saved value (not found in the options yet)',
    savedValueUnknown: 'Saved value (unknown: not in the loaded options)',
  } satisfies Partial<ActionFormMessages>,
  comboboxMessages,
);

/** The keys of `dynamicMessages`. */
export type DynamicMessages = typeof dynamicMessages;
