import { useRef } from 'react';
import type { ParagonAction } from '../schema';

/** JSON of a schema for comparing versions; a cyclic or odd schema still gets a string. */
function fingerprintOf(schema: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(schema, (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null) return value;
      if (seen.has(value)) return '[cycle]';
      seen.add(value);
      return value;
    });
  } catch {
    return String(Math.random()); // unserializable: treat as changed
  }
}

/**
 * The previous schema object while a new one has the same content, so a host that builds the
 * schema inline on every render neither recompiles it nor resets a field.
 */
export function useStableSchema<T extends ParagonAction>(schema: T): T {
  const ref = useRef<{ schema: T; fingerprint: string } | null>(null);
  if (ref.current?.schema !== schema) {
    const fingerprint = fingerprintOf(schema);
    if (ref.current?.fingerprint !== fingerprint) ref.current = { schema, fingerprint };
  }
  return (ref.current as { schema: T }).schema;
}
