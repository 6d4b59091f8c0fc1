import { hasVariableToken } from './guards';
import { findJsonError } from './findJsonError';
import { describeType } from './inputTypes';
import { validationMessages, type ValidationMessages } from './messages/validation';
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

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks one parameter value (as `toParameterValue` produced it; `undefined` = empty).
 * Returns a message naming the field and the expected format, or undefined when valid.
 * `text` is what the control holds (JSON CODE is checked as typed: a parsed JSON string is valid).
 * Hidden and read-only inputs are never checked: the user could not fix them. Messages come from `messages`.
 */
export function validateValue(input: ParagonInput, type: InputType, value: unknown, text: unknown = value, messages: ValidationMessages = validationMessages): string | undefined {
  if (input.hidden || input.readOnly) return undefined;
  const { title } = input;
  const { kind, format } = describeType(type);
  if (value === undefined) {
    if (!input.required || kind === 'boolean') return undefined;
    return kind === 'filter' ? messages.filterRequired(title) : messages.required(title);
  }
  if (hasVariableToken(value)) return undefined; // variables are resolved by the host at run time
  if (kind === 'number' && typeof value !== 'number') return messages.notANumber(title);
  if (format === 'email' && !(typeof value === 'string' && EMAIL.test(value.trim()))) return messages.notAnEmail(title);
  if (format === 'url' && !(typeof value === 'string' && isHttpUrl(value.trim()))) return messages.notAUrl(title);
  if (kind === 'code' && input.language === 'json' && typeof text === 'string' && !hasVariableToken(text)) {
    if (parses(text)) return undefined;
    const at = findJsonError(text); // the engine's own message is English and differs by browser
    return messages.invalidJson(title, at && messages.jsonErrorAt(at.line, at.column));
  }
  return undefined;
}
