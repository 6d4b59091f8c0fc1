import { ActionKitError, errorFromResponse } from './ActionKitError';
import { resolveToken, type TokenSource } from './token';

/** What every request needs: where the token comes from and how to send. */
export interface RequesterOptions {
  token: TokenSource;
  credentialId?: string;
  fetch?: typeof fetch;
}

/** One request: method, absolute URL (never holding the token), optional JSON body and signal. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** A successful response's body text, with what is needed to read it. */
export interface RequestResult {
  text: string;
  contentType: string;
  status: number;
}

/** Sends authenticated requests; rejects with `ActionKitError` (or the caller's own abort). */
export type Requester = (spec: RequestSpec) => Promise<RequestResult>;

/** Creates the function that sends each request with a freshly resolved token. */
export function createRequester(options: RequesterOptions): Requester {
  return async ({ method, url, body, signal }) => {
    const token = await resolveToken(options.token);
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
      const response = await fetchImpl(url, init);
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
