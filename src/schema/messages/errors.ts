import type { ActionFormMessages } from './types';

/** ActionKit error texts and the error alert's pieces (`ActionKitError.message` is them in English). */
export const errorMessages = {
  httpStatus: (status) => `HTTP ${status}`,
  requestId: 'Request ID:',
  errorUnauthorized: 'Your session has expired. Sign in again, then retry.',
  errorForbidden: 'You are not authorized to use this project.',
  errorNotFound: 'Not found. The Action or project may not exist for this user.',
  errorNotConnected: 'This integration is not connected for this user.',
  errorRateLimited: (seconds) => `Too many requests. Try again in ${!seconds ? 'a moment' : seconds === 1 ? '1 second' : seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`,
  errorOffline: 'You appear to be offline. Check your connection and retry.',
  errorTimeout: 'The request timed out. Try again.',
  errorInvalidResponse: 'ActionKit sent a response that could not be read.',
  errorServer: (status) =>
    status === undefined ? 'ActionKit had a problem.'
    : status === 409 ? 'The request conflicts with the current state of the data (HTTP 409). Reload it and try again.'
    : status === 422 ? 'ActionKit did not accept some of the values (HTTP 422).'
    : status >= 400 && status < 500 ? `ActionKit rejected the request (HTTP ${status}).` : `ActionKit had a problem (HTTP ${status}).`,
  errorValuesRejected: (messages) => `ActionKit did not accept some of the values: ${messages.join('; ')}`,
} satisfies Partial<ActionFormMessages>;

/** The keys of `errorMessages`. */
export type ErrorMessages = typeof errorMessages;
