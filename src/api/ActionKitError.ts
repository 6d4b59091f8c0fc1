import { defaultMessage } from './errorMessages';

/** What went wrong with an ActionKit request, for choosing what to show and whether to retry. */
export type ActionKitErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'notConnected'
  | 'rateLimited'
  | 'server'
  | 'offline'
  | 'timeout'
  | 'invalidResponse';

/** Fields of an `ActionKitError`; `message` defaults to a clear message for the kind. */
export interface ActionKitErrorInit {
  kind: ActionKitErrorKind;
  message?: string;
  status?: number;
  code?: string;
  requestId?: string;
  retryAfter?: number;
  detail?: string;
  /** Messages by input id, when a 400/422 body names fields. */
  fieldErrors?: Record<string, string>;
  cause?: unknown;
}

/** Options of `errorFromResponse` and `ActionKitError.from`. */
export interface ActionKitErrorOptions {
  /** Secrets (the token) to blank out of any text taken from the response. */
  redact?: readonly string[];
  /** The signal the failed request used, to tell a timeout from a caller's abort. */
  signal?: AbortSignal;
}

const RETRYABLE_KINDS: ReadonlySet<ActionKitErrorKind> = new Set(['rateLimited', 'server', 'offline', 'timeout']);

const errorName = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : undefined;

/** An ActionKit request failure with its HTTP status, Paragon error code and request id. */
export class ActionKitError extends Error {
  override readonly name = 'ActionKitError';
  readonly kind: ActionKitErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  /** Seconds to wait before retrying, from the `Retry-After` header. */
  readonly retryAfter?: number;
  /** The server's original message when `message` replaces it (e.g. for `notConnected`). */
  readonly detail?: string;
  /**
   * Messages by input id when a 400/422 body names fields (`errors: { id: msg }`,
   * `errors: [{ field | path | param, message }]`, class-validator `[{ property, constraints }]`),
   * so a form can show each next to its field; `message` still says what went wrong overall.
   */
  readonly fieldErrors?: Readonly<Record<string, string>>;

  constructor(init: ActionKitErrorInit) {
    super(init.message || defaultMessage(init.kind, init.status, init.retryAfter), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
    if (init.detail !== undefined) this.detail = init.detail;
    if (init.fieldErrors !== undefined) this.fieldErrors = init.fieldErrors;
  }

  /** Whether trying the same read again later may succeed (never retry a Run automatically). */
  get isRetryable(): boolean {
    if (!RETRYABLE_KINDS.has(this.kind)) return false;
    // A 4xx the server rejected (e.g. 400 validation) fails the same way every time.
    return !(this.kind === 'server' && this.status !== undefined && this.status < 500);
  }

  /**
   * Wraps a fetch rejection: a network failure becomes `offline`, a timeout `timeout`.
   * A caller's abort is thrown as is, so `throw ActionKitError.from(e)` never hides an abort.
   */
  static from(error: unknown, options: ActionKitErrorOptions = {}): ActionKitError {
    if (error instanceof ActionKitError) return error;
    const { signal } = options;
    const name = errorName(error);
    const timedOut =
      name === 'TimeoutError' || (signal?.aborted === true && errorName(signal.reason) === 'TimeoutError');
    if (timedOut) return new ActionKitError({ kind: 'timeout', cause: error });
    if (name === 'AbortError' || (signal?.aborted === true && error === signal.reason)) throw error;
    // Any other rejection of fetch is a network-level failure; its text may hold the URL, so it is not shown.
    return new ActionKitError({ kind: 'offline', cause: error });
  }
}

/** Builds the `ActionKitError` for a non-2xx response from its status, headers and body. */
export async function errorFromResponse(response: Response, options: ActionKitErrorOptions = {}): Promise<ActionKitError> {
  // the body parsing is only needed once a request failed: it loads with that failure
  const { readErrorResponse } = await import('./responseError');
  return readErrorResponse(response, options);
}
