import { ActionKitError, type ActionKitErrorKind, type ActionKitErrorOptions } from './ActionKitError';
import { parseErrorBody, parseRetryAfter, redact, redactFields } from './errorBody';
import { fieldErrorsMessage } from './errorMessages';

const NOT_CONNECTED = 'Integration not enabled for user.';
// Bodies whose message only repeats the status line are less helpful than our defaults.
const REASON_PHRASES = new Set([
  'bad request', 'unauthorized', 'unauthorised', 'forbidden', 'not found', 'too many requests',
  'internal server error', 'bad gateway', 'service unavailable', 'gateway timeout', 'request timeout',
  'error', 'unknown error', 'conflict', 'unprocessable entity', 'unprocessable content', 'validation failed', 'validation error',
]);

function kindOfStatus(status: number): ActionKitErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rateLimited';
  if (status === 0) return 'invalidResponse';
  return 'server';
}

/** The `ActionKitError` a non-2xx response describes (behind `errorFromResponse`, loaded on the first failure). */
export async function readErrorResponse(response: Response, options: ActionKitErrorOptions = {}): Promise<ActionKitError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // An unreadable body still leaves the status to report.
  }
  const { status } = response;
  const body = parseErrorBody(text);
  const serverMessage = redact(body.message, options.redact);
  const notConnected = serverMessage === NOT_CONNECTED;
  const generic =
    serverMessage !== undefined &&
    (REASON_PHRASES.has(serverMessage.toLowerCase().replace(/[.!]+$/, '')) ||
      serverMessage.toLowerCase() === response.statusText.toLowerCase());
  const fieldErrors = status === 400 || status === 422 ? redactFields(body.fieldErrors, options.redact) : undefined;
  let message = notConnected || generic ? undefined : serverMessage;
  // rejected values with no useful overall message: the server's words per field say more than a default
  if (message === undefined && fieldErrors && !notConnected) message = fieldErrorsMessage(fieldErrors);
  return new ActionKitError({
    kind: notConnected ? 'notConnected' : kindOfStatus(status),
    message,
    fieldErrors,
    detail: notConnected || generic ? serverMessage : undefined,
    status: status === 0 ? undefined : status,
    code: body.code,
    // a gateway's HTML error page has no body id, but proxies often tag the response
    requestId: body.requestId ?? redact(response.headers.get('X-Request-Id') ?? undefined, options.redact),
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
  });
}
