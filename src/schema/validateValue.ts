import { hasVariableToken } from './guards';
import { describeType } from './inputTypes';
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
 * `text` is what the control holds (JSON CODE is checked as typed: a parsed JSON string is valid).
 * Hidden and read-only inputs are never checked: the user could not fix them.
 */
export function validateValue(input: ParagonInput, type: InputType, value: unknown, text: unknown = value): string | undefined {
  if (input.hidden || input.readOnly) return undefined;
  const { title } = input;
  const { kind, format } = describeType(type);
  if (value === undefined) {
    if (!input.required || kind === 'boolean') return undefined;
    return kind === 'filter' ? `${title} needs at least one complete condition` : `${title} is required`;
  }
  if (hasVariableToken(value)) return undefined; // variables are resolved by the host at run time
  if (kind === 'number' && typeof value !== 'number') return `${title} must be a number`;
  if (format === 'email' && !(typeof value === 'string' && EMAIL.test(value.trim()))) return `${title} must be an email address`;
  if (format === 'url' && !(typeof value === 'string' && isHttpUrl(value.trim()))) return `${title} must be a URL starting with http:// or https://`;
  if (kind === 'code' && input.language === 'json' && typeof text === 'string' && !hasVariableToken(text)) {
    const detail = jsonError(text);
    if (detail) return `${title} must be valid JSON (${detail})`;
  }
  return undefined;
}
