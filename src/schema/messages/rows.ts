import type { ActionFormMessages } from './types';

/** Shared by the pair and filter rows. */
export const rowMessages = {
  value: 'Value',
} satisfies Partial<ActionFormMessages>;

/** The keys of `rowMessages`. */
export type RowMessages = typeof rowMessages;
