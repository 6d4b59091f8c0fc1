import { compose } from './compose';
import { rowMessages } from './rows';
import type { ActionFormMessages } from './types';

/** The pair input (ENUM_TEXT_AREA_PAIR). */
export const pairMessages = /* @__PURE__ */ compose(
  {
    addPair: 'Add pair',
    removePair: 'Remove pair',
    key: 'Key',
  } satisfies Partial<ActionFormMessages>,
  rowMessages,
);

/** The keys of `pairMessages`. */
export type PairMessages = typeof pairMessages;
