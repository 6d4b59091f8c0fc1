import { isRecord } from '../schema/guards';
import { hasOwn, setOwn } from '../schema/options';

/** Messages by input id, read from a validation error body. */
export type FieldErrors = Record<string, string>;

// Keys that name the field in common validator outputs (custom, express-validator, class-validator, zod/Joi); not `name`, often the error class.
const FIELD_KEYS = ['field', 'path', 'param', 'property'] as const;

/** The input a path names: the segment after `parameters`, else the first; a string loses a `parameters.` prefix. */
function inputIdOf(raw: unknown): string | undefined {
  if (Array.isArray(raw)) {
    const segments = raw.filter((s) => typeof s === 'string' || typeof s === 'number').map(String);
    const id = segments[0] === 'parameters' ? segments[1] : segments[0];
    return id === '' ? undefined : id;
  }
  return typeof raw === 'string' && raw !== '' ? raw.replace(/^(body\.)?parameters\./, '') : undefined;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('; ') || undefined;
  if (!isRecord(value)) return undefined;
  if (isRecord(value.constraints)) return textOf(Object.values(value.constraints));
  return textOf(value.message ?? value.msg ?? value.error);
}

function add(out: FieldErrors, id: string, text: string | undefined): void {
  if (text === undefined) return;
  setOwn(out, id, hasOwn(out, id) ? `${out[id]}; ${text}` : text);
}

/** `[{ field|path|param|property, message|msg|constraints, children? }]`; children count for their top-level input. */
function fromList(items: unknown[], out: FieldErrors, owner?: string): void {
  for (const item of items) {
    if (!isRecord(item)) continue;
    const id = inputIdOf(FIELD_KEYS.map((key) => item[key]).find((v) => v !== undefined));
    // class-validator nests an input's errors under the `parameters` property
    const field = owner ?? (id === 'parameters' ? undefined : id);
    if (field !== undefined) add(out, field, textOf(item));
    if (Array.isArray(item.children)) fromList(item.children, out, field);
  }
}

/** Field errors a 400/422 body names, or `undefined` when it names none. */
export function parseFieldErrors(body: unknown): FieldErrors | undefined {
  const out: FieldErrors = {};
  if (Array.isArray(body)) fromList(body, out);
  else if (isRecord(body)) {
    for (const key of ['errors', 'fieldErrors']) {
      const value = body[key];
      if (Array.isArray(value)) fromList(value, out);
      else if (isRecord(value)) for (const [id, text] of Object.entries(value)) add(out, inputIdOf(id) ?? id, textOf(text));
    }
    for (const key of ['message', 'details']) if (Array.isArray(body[key])) fromList(body[key] as unknown[], out);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
