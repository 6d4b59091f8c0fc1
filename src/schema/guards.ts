import type { EnumValue } from './types';

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value an option can have: a string or a finite number. */
export const isEnumValue = (v: unknown): v is EnumValue => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Text holding a `{{…}}` variable token, which the host resolves at run time (so it is sent as text). */
export const hasVariableToken = (v: unknown): v is string => typeof v === 'string' && v.includes('{{');
