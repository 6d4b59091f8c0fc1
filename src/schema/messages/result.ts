import type { ActionFormMessages } from './types';

/** The Run result: it arrives with the result view. */
export const resultMessages = {
  noContent: 'No content',
  showAll: (characters) => `Show all (${characters.toLocaleString()} characters)`,
  copy: 'Copy',
  copied: 'Copied',
} satisfies Partial<ActionFormMessages>;

/** The keys of `resultMessages`. */
export type ResultMessages = typeof resultMessages;
