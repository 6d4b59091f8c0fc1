import type { QueryClient } from '@tanstack/react-query';
import { ActionKitError } from '../api';

const MAX_RETRIES = 3;

/** Reads retry rate limits, server errors and network failures a few times; never auth or 404s. */
export const retryRead = (failureCount: number, error: unknown): boolean =>
  failureCount < MAX_RETRIES && error instanceof ActionKitError && error.isRetryable;

/** Exponential backoff, or the server's `Retry-After` when it sent one. */
export const retryReadDelay = (attempt: number, error: unknown): number =>
  error instanceof ActionKitError && error.retryAfter !== undefined
    ? Math.min(error.retryAfter * 1000, 60_000)
    : Math.min(500 * 2 ** attempt, 8_000);

/** `retry` of a read: none when the host's QueryClient turned retries off, else `retryRead`. */
export function readRetryOf(queryClient: QueryClient): typeof retryRead | false {
  const retry = queryClient.getDefaultOptions().queries?.retry;
  // a host that chose no retries (tests, its own retry layer) wants failures at once
  return retry === false || retry === 0 ? false : retryRead;
}
