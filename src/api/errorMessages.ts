import { errorMessages, type ErrorMessages } from '../schema/messages/errors';
import type { ActionKitErrorKind } from './ActionKitError';

/** The clear message for a kind in `messages` (English by default), for when the server sent none worth showing. */
export function defaultMessage(kind: ActionKitErrorKind, status?: number, retryAfter?: number, messages: ErrorMessages = errorMessages): string {
  switch (kind) {
    case 'unauthorized': return messages.errorUnauthorized;
    case 'forbidden': return messages.errorForbidden;
    case 'notFound': return messages.errorNotFound;
    case 'notConnected': return messages.errorNotConnected;
    case 'rateLimited': return messages.errorRateLimited(retryAfter);
    case 'offline': return messages.errorOffline;
    case 'timeout': return messages.errorTimeout;
    case 'invalidResponse': return messages.errorInvalidResponse;
    case 'server': return messages.errorServer(status);
  }
}

/** The message for a rejected set of values: which ones the server named, in its words. */
export const fieldErrorsMessage = (fieldErrors: Record<string, string>, messages: ErrorMessages = errorMessages): string =>
  messages.errorValuesRejected(Object.values(fieldErrors));

interface ErrorFields {
  message: string;
  kind?: unknown;
  status?: unknown;
  retryAfter?: unknown;
  fieldErrors?: unknown;
}

/**
 * An error's message for the user in `messages`: the library's own English text of an `ActionKitError`
 * (no server message worth showing) is replaced by its translation; a server's or host's message is kept.
 */
export function errorMessageIn(error: Error, messages: ErrorMessages): string {
  if (messages === errorMessages || error.name !== 'ActionKitError') return error.message;
  const e = error as ErrorFields;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const retryAfter = typeof e.retryAfter === 'number' ? e.retryAfter : undefined;
  const kind = e.kind as ActionKitErrorKind;
  if (e.message === defaultMessage(kind, status, retryAfter)) return defaultMessage(kind, status, retryAfter, messages);
  const fields = e.fieldErrors as Record<string, string> | undefined;
  if (fields && e.message === fieldErrorsMessage(fields)) return fieldErrorsMessage(fields, messages);
  return e.message;
}
