import { hasVariableToken } from './guards';
import { valueKindOf } from './inputType';
import type { InputType, ParagonInput } from './types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : 'parse error';
  }
}

/**
 * Checks one parameter value (as `toParameterValue` produced it; `undefined` = empty).
 * Returns a message naming the field and the expected format, or undefined when valid.
 */
export function validateValue(input: ParagonInput, type: InputType, value: unknown): string | undefined {
  if (input.hidden || input.readOnly) return undefined; // SPEC §5: the user cannot fix them; sent as they are
  const title = input.title;
  if (value === undefined) {
    if (!input.required || valueKindOf(type) === 'boolean') return undefined;
    return valueKindOf(type) === 'filter' ? `${title} needs at least one complete condition` : `${title} is required`;
  }
  if (hasVariableToken(value)) return undefined; // variables are resolved by the host at run time
  if (type === 'NUMBER' && typeof value !== 'number') return `${title} must be a number`;
  if (type === 'EMAIL' && !(typeof value === 'string' && EMAIL.test(value.trim()))) return `${title} must be an email address`;
  if (type === 'URL' && !(typeof value === 'string' && isHttpUrl(value.trim()))) {
    return `${title} must be a URL starting with http:// or https://`;
  }
  if (type === 'CODE' && input.language === 'json' && typeof value === 'string') {
    const detail = jsonError(value);
    if (detail) return `${title} must be valid JSON (${detail})`;
  }
  return undefined;
}
