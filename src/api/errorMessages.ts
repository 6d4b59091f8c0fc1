import type { ActionKitErrorKind } from './ActionKitError';

/** "30 seconds", "3 minutes": how long `Retry-After` asks to wait. */
function waitText(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

function serverMessage(status: number | undefined): string {
  if (status === undefined) return 'ActionKit had a problem.';
  if (status === 409) return 'The request conflicts with the current state of the data (HTTP 409). Reload it and try again.';
  if (status === 422) return 'ActionKit did not accept some of the values (HTTP 422).';
  return status >= 400 && status < 500 ? `ActionKit rejected the request (HTTP ${status}).` : `ActionKit had a problem (HTTP ${status}).`;
}

/** The clear message shown when the server sent none worth showing. */
export function defaultMessage(kind: ActionKitErrorKind, status?: number, retryAfter?: number): string {
  switch (kind) {
    case 'unauthorized': return 'Your session has expired. Sign in again, then retry.';
    case 'forbidden': return 'You are not authorized to use this project.';
    case 'notFound': return 'Not found. The Action or project may not exist for this user.';
    case 'notConnected': return 'This integration is not connected for this user.';
    case 'rateLimited':
      return retryAfter ? `Too many requests. Try again in ${waitText(retryAfter)}.` : 'Too many requests. Try again in a moment.';
    case 'offline': return 'You appear to be offline. Check your connection and retry.';
    case 'timeout': return 'The request timed out. Try again.';
    case 'invalidResponse': return 'ActionKit sent a response that could not be read.';
    case 'server': return serverMessage(status);
  }
}

/** The message for a rejected set of values: which ones the server named, in its words. */
export const fieldErrorsMessage = (fieldErrors: Record<string, string>): string =>
  `ActionKit did not accept some of the values: ${Object.values(fieldErrors).join('; ')}`;
