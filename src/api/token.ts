import { ActionKitError } from './ActionKitError';

/** A Paragon User Token, or a function returning one (called per request so it can be refreshed). */
export type TokenSource = string | (() => string | Promise<string>);

/** Returns the current token, calling the source when it is a function. */
export async function resolveToken(source: TokenSource): Promise<string> {
  const raw = typeof source === 'function' ? await source() : source;
  // Hosts sometimes pass the whole header value; the library adds the scheme itself.
  const token = typeof raw === 'string' ? raw.trim().replace(/^Bearer\s+/i, '') : '';
  if (token === '') throw new ActionKitError({ kind: 'unauthorized', message: 'No Paragon User Token was provided.' });
  return token;
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The `sub` claim of a JWT, decoded without verification; `undefined` when it cannot be read. */
export function tokenSubject(token: string): string | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const claims: unknown = JSON.parse(decodeBase64Url(payload));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { sub } = claims as { sub?: unknown };
    if (typeof sub === 'string') return sub;
    return typeof sub === 'number' ? String(sub) : undefined;
  } catch {
    return undefined;
  }
}
