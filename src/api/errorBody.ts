import { isRecord } from '../schema/guards';
import { setOwn } from '../schema/options';
import { parseFieldErrors, type FieldErrors } from './fieldErrors';
/** Reading ActionKit error responses: the innermost human message, code, request id, Retry-After. */
const MAX_PLAIN_TEXT = 200;
const MAX_UNWRAP_DEPTH = 10;
const JWT_PATTERN = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;

/** Seconds from a `Retry-After` value: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Text of class-validator style messages: strings, or objects with `constraints` and `children`. */
function validatorMessages(items: unknown[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(item);
    else if (isRecord(item)) {
      if (isRecord(item.constraints)) {
        for (const c of Object.values(item.constraints)) if (typeof c === 'string') out.push(c);
      } else if (typeof item.message === 'string') out.push(item.message);
      if (Array.isArray(item.children)) out.push(...validatorMessages(item.children));
    }
  }
  return out;
}

/** The human message an error object carries at its top level, if any. */
function ownMessage(body: Record<string, unknown>): string | undefined {
  const { message, error } = body;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) {
    const texts = validatorMessages(message);
    if (texts.length > 0) return texts.join('; ');
  }
  if (typeof error === 'string') return error;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  return undefined;
}

export interface ParsedBody {
  message?: string;
  code?: string;
  requestId?: string;
  fieldErrors?: FieldErrors;
}

function codeOf(body: Record<string, unknown>): string | undefined {
  const { code } = body;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

function requestIdOf(body: Record<string, unknown>): string | undefined {
  const meta = body.meta;
  if (isRecord(meta) && typeof meta.requestId === 'string') return meta.requestId;
  return typeof body.requestId === 'string' ? body.requestId : undefined;
}

/** Reads message, code and request id, unwrapping messages that are themselves JSON errors. */
export function parseErrorBody(text: string): ParsedBody {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const json = parseJson(trimmed);
  if (Array.isArray(json)) {
    // a bare class-validator list
    const texts = validatorMessages(json);
    return { message: texts.length > 0 ? texts.join('; ') : undefined, fieldErrors: parseFieldErrors(json) };
  }
  if (!isRecord(json)) {
    if (json === undefined && trimmed.length < MAX_PLAIN_TEXT && !trimmed.includes('<')) return { message: trimmed };
    return typeof json === 'string' && json.trim() !== '' ? parseErrorBody(json) : {};
  }
  const parsed: ParsedBody = { code: codeOf(json), requestId: requestIdOf(json), fieldErrors: parseFieldErrors(json) };
  let message = ownMessage(json);
  for (let depth = 0; message !== undefined && depth < MAX_UNWRAP_DEPTH; depth++) {
    const inner = parseJson(message.trim());
    if (!isRecord(inner)) break;
    const innerMessage = ownMessage(inner);
    if (innerMessage === undefined) break;
    parsed.code ??= codeOf(inner);
    parsed.requestId ??= requestIdOf(inner);
    parsed.fieldErrors ??= parseFieldErrors(inner);
    message = innerMessage;
  }
  if (message !== undefined && message.trim() !== '') parsed.message = message.trim();
  return parsed;
}

/** Blanks secrets (and anything shaped like a JWT) out of text taken from a response. */
export function redact(text: string | undefined, secrets: readonly string[] = []): string | undefined {
  if (text === undefined) return undefined;
  let out = text;
  for (const secret of secrets) if (secret !== '') out = out.split(secret).join('[redacted]');
  return out.replace(JWT_PATTERN, '[redacted]');
}

/** `redact` applied to every message of a field error map. */
export function redactFields(fields: FieldErrors | undefined, secrets: readonly string[] = []): FieldErrors | undefined {
  if (fields === undefined) return undefined;
  const out: FieldErrors = {};
  for (const [id, text] of Object.entries(fields)) setOwn(out, redact(id, secrets) ?? id, redact(text, secrets) ?? '');
  return out;
}
