import type { ActionFormMessages } from './types';

/** Validation and format messages: the form and `validateParameters` show them. */
export const validationMessages = {
  required: (title) => `${title} is required`,
  filterRequired: (title) => `${title} needs at least one complete condition`,
  notANumber: (title) => `${title} must be a number`,
  notAnEmail: (title) => `${title} must be an email address`,
  notAUrl: (title) => `${title} must be a URL starting with http:// or https://`,
  invalidJson: (title, detail) => `${title} must be valid JSON (${detail ?? 'parse error'})`,
  jsonErrorAt: (line, column) => `line ${line}, column ${column}`,
} satisfies Partial<ActionFormMessages>;

/** The keys of `validationMessages`. */
export type ValidationMessages = typeof validationMessages;
