import { ActionKitError, errorFromResponse } from './ActionKitError';
import { resolveToken, tokenSubject, type TokenSource } from './token';

/** What every request needs: where the token comes from and how to send. */
export interface RequesterOptions {
  token: TokenSource;
  credentialId?: string;
  fetch?: typeof fetch;
  /** Told the `sub` claim ('' when none) of the token each request is about to be sent with. */
  onSubject?: (subject: string) => void;
}

/** One request: method, absolute URL (never holding the token), optional JSON body and signal. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  signal?: AbortSignal;
  /** Safe to send twice (list, options; never a Run): a 401 with a token function asks it again and retries once. */
  read?: boolean;
  /** The `sub` whose cache the answer goes into: a token of another user is not sent (`unauthorized`). */
  subject?: string;
}

/** A successful response's body text, with what is needed to read it. */
export interface RequestResult {
  text: string;
  contentType: string;
  status: number;
}

/** Sends authenticated requests; rejects with `ActionKitError` (or the caller's own abort). */
export type Requester = (spec: RequestSpec) => Promise<RequestResult>;

type Sent = { response: Response; token: string };

/** Sends one request with `token`; a fetch rejection becomes `offline`/`timeout` (an abort passes through). */
async function send(options: RequesterOptions, { method, url, body, signal }: RequestSpec, token: string): Promise<Sent> {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (options.credentialId) headers['X-Paragon-Credential'] = options.credentialId;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // Looked up per call: test mocks and polyfills may replace the global after import.
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new Error('actionkit-form: no fetch available; pass the `fetch` option.');
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  if (signal) init.signal = signal;
  try {
    return { response: await fetchImpl(url, init), token };
  } catch (error) {
    throw ActionKitError.from(error, { signal });
  }
}

/** Reads a response: the body of a 2xx, else the `ActionKitError` it describes. */
async function read({ response, token }: Sent, signal: AbortSignal | undefined): Promise<RequestResult> {
  try {
    if (!response.ok) {
      const error = await errorFromResponse(response, { redact: [token] });
      // An abort while the error body streamed in wins: the caller no longer wants any answer.
      if (signal?.aborted) throw signal.reason;
      throw error;
    }
    const text = await response.text();
    return { text, contentType: response.headers.get('Content-Type') ?? '', status: response.status };
  } catch (error) {
    throw ActionKitError.from(error, { signal });
  }
}

/** The current token, reported by its `sub`; refused when it is not the user the answer is for. */
async function tokenFor(options: RequesterOptions, spec: RequestSpec): Promise<string> {
  const token = await resolveToken(options.token);
  const subject = tokenSubject(token) ?? '';
  options.onSubject?.(subject);
  if (spec.subject !== undefined && spec.subject !== subject) {
    throw new ActionKitError({ kind: 'unauthorized', message: 'The signed-in user changed, so this request was not sent.' });
  }
  return token;
}

/** Creates the function that sends each request with a freshly resolved token. */
export function createRequester(options: RequesterOptions): Requester {
  return async (spec) => {
    const first = await send(options, spec, await tokenFor(options, spec));
    // A refreshed token may fix a 401; a string token would only be sent again unchanged.
    if (first.response.status !== 401 || !spec.read || typeof options.token !== 'function') return read(first, spec.signal);
    void first.response.body?.cancel().catch(() => undefined); // frees the connection; its text is not needed
    return read(await send(options, spec, await tokenFor(options, spec)), spec.signal);
  };
}

/** Parses a 2xx JSON body, or fails with `invalidResponse`. */
export function parseJsonBody(result: RequestResult): unknown {
  try {
    return JSON.parse(result.text);
  } catch (error) {
    throw new ActionKitError({ kind: 'invalidResponse', status: result.status, cause: error });
  }
}

/** Joins a base URL (trailing slashes dropped) with a path under the project. */
export const projectUrl = (baseUrl: string, projectId: string, path: string): string =>
  `${baseUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(projectId)}${path}`;
