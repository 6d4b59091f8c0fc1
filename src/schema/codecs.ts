import { cleanFilter, parseFilter, type FilterDraft } from './filterValue';
import { valueKindOf, type ValueKind } from './inputType';
import { hasVariableToken, isEnumValue, isRecord } from './guards';
import { setOwn } from './options';
import type { EnumValue, InputType, ParagonInput } from './types';

/** One EnumTextAreaPairInput row as edited. */
export interface PairRow {
  key: EnumValue | '';
  text: string;
}

/** A draft is a list of row lists; any other list (a bare list of conditions) is read like a saved filter. */
const isFilterDraft = (v: unknown): v is FilterDraft => Array.isArray(v) && v.every(Array.isArray);

const asText = (v: unknown): string =>
  v == null ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v, null, 2) : String(v);

/** The value a control starts from when nothing is saved and no default exists. */
export function emptyFormValue(kind: ValueKind): unknown {
  if (kind === 'boolean') return false;
  if (kind === 'enum') return null;
  if (kind === 'pair' || kind === 'filter') return [];
  return '';
}

/** Converts a saved parameter (or schema default) into what the control edits. */
export function toFormValue(kind: ValueKind, value: unknown): unknown {
  if (value === undefined || value === null) return emptyFormValue(kind);
  switch (kind) {
    case 'boolean':
      return value === true || value === 'true';
    case 'enum':
      return isEnumValue(value) ? value : asText(value);
    case 'pair':
      if (Array.isArray(value)) return value.filter(isRecord).map((row) => ({ key: isEnumValue(row.key) ? row.key : '', text: asText(row.text) }));
      return isRecord(value) ? Object.entries(value).map(([key, text]) => ({ key, text: asText(text) })) : [];
    case 'filter':
      return parseFilter(value).draft;
    case 'raw':
      return value; // the fallback editor shows non-text values as JSON; keeping them keeps their type
    default:
      return asText(value);
  }
}

/** What an input starts from in a branch opened for the first time. */
export function defaultFormValue(input: ParagonInput, type: InputType): unknown {
  return toFormValue(valueKindOf(type), input.defaultValue);
}

function textParam(value: unknown): unknown {
  const text = asText(value);
  return text.trim() === '' ? undefined : text;
}

function numberParam(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = asText(value).trim();
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && !hasVariableToken(text) ? n : text; // tokens and typos stay text; validation flags typos
}

function codeParam(value: unknown, input: ParagonInput): unknown {
  if (typeof value !== 'string') return value ?? undefined; // already parsed JSON
  if (value.trim() === '') return undefined;
  if (input.language !== 'json' || hasVariableToken(value)) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed === null || (typeof parsed === 'string' && parsed.trim() === '') ? undefined : parsed; // JSON null or "" is empty, as restoring reads it
  } catch {
    return value; // invalid JSON: validation reports it, the text is kept
  }
}

function pairParam(value: unknown): unknown {
  if (isRecord(value)) return pairParam(toFormValue('pair', value)); // a saved object: same rules as its rows
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const row of value as PairRow[]) {
    if (row && row.key !== '' && row.key != null && typeof row.text === 'string' && row.text.trim() !== '') {
      setOwn(out, String(row.key), row.text);
    }
  }
  return Object.keys(out).length ? out : undefined;
}

function rawParam(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return value;
    }
  }
  return value;
}

/**
 * Converts what a control holds into the parameter it sends, keeping types
 * (numbers, booleans, parsed JSON). `undefined` means "empty: omit the key".
 */
export function toParameterValue(input: ParagonInput, type: InputType, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value) && valueKindOf(type) !== 'boolean') return undefined; // JSON would send null
  switch (valueKindOf(type)) {
    case 'boolean':
      return value === true || value === 'true';
    case 'enum':
      return value == null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
    case 'number':
      return numberParam(value);
    case 'code':
      return codeParam(value, input);
    case 'pair':
      return pairParam(value);
    case 'filter':
      return isFilterDraft(value) ? cleanFilter(value) : value == null ? undefined : cleanFilter(parseFilter(value).draft);
    case 'raw':
      return rawParam(value);
    default:
      return textParam(value);
  }
}

/** Whether a value reveals the input's own `dependentInputs` (booleans: while true). */
export function revealsDependents(input: ParagonInput, type: InputType, value: unknown): boolean {
  const param = toParameterValue(input, type, value);
  return valueKindOf(type) === 'boolean' ? param === true : param !== undefined;
}
