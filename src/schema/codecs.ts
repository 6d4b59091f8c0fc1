import { cleanFilter, normalizeDraft, parseFilter, type FilterDraft } from './filterValue';
import { describeType, valueKindOf, type KindValues, type ValueKind } from './inputTypes';
import { hasVariableToken, isEnumValue, isRecord } from './guards';
import { setOwn } from './options';
import type { EnumValue, InputType, ParagonInput } from './types';

/** One EnumTextAreaPairInput row as edited. */
export interface PairRow {
  key: EnumValue | '';
  text: string;
}

/** How one value kind is stored and sent. */
interface Codec<K extends ValueKind> {
  /** What a control starts from when nothing is saved and no default exists. */
  empty(): KindValues[K];
  /** A saved parameter (or schema default, never null/undefined) as the control edits it. */
  toForm(value: unknown, input?: ParagonInput): KindValues[K];
  /** What the control holds as the parameter it sends; `undefined` = empty, omit the key. */
  toParam(value: unknown, input: ParagonInput): unknown;
}

const asText = (v: unknown): string =>
  v == null ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v, null, 2) : String(v);

const textParam = (value: unknown): unknown => {
  const text = asText(value);
  return text.trim() === '' ? undefined : text;
};

function numberParam(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = asText(value).trim();
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && !hasVariableToken(text) ? n : text; // tokens and typos stay text; validation flags typos
}

const NOT_JSON = Symbol('not JSON');
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
};

/** JSON parses whenever the text parses (tokens inside strings stay there); else the text as is. */
function jsonOrText(text: string): unknown {
  const parsed = parseJson(text);
  return parsed === NOT_JSON ? text : parsed; // `{"n": {{1.count}}}` or a typo: validation tells them apart
}

function codeParam(value: unknown, input: ParagonInput): unknown {
  if (typeof value !== 'string') return value ?? undefined; // already parsed JSON
  if (value.trim() === '' || input.language !== 'json') return value.trim() === '' ? undefined : value;
  const parsed = jsonOrText(value);
  return parsed === null || (typeof parsed === 'string' && parsed !== value && parsed.trim() === '') ? undefined : parsed; // JSON null or "" is empty, as restoring reads it
}

/** A saved JSON CODE value as text: a string that is not JSON text (nor broken object/array text, nor tokens) was a parsed JSON string. */
function codeText(value: unknown, input?: ParagonInput): string {
  if (input?.language !== 'json' || typeof value !== 'string') return asText(value);
  const text = parseJson(value) !== NOT_JSON || hasVariableToken(value) || /^\s*[[{"]/.test(value);
  return text ? value : JSON.stringify(value);
}

/** A saved token stays text (variable mode shows it; the switch never gets it); anything else reads as a boolean. */
const booleanForm = (v: unknown): boolean => (hasVariableToken(v) ? (v as unknown as boolean) : v === true || v === 'true');

/** A boolean, always sent; in variable mode the typed text verbatim (blank is `false`, `true`/`false` read as booleans). */
function booleanParam(v: unknown): unknown {
  if (typeof v !== 'string') return v === true;
  const text = v.trim();
  return text === '' || text === 'true' || text === 'false' ? text === 'true' : v;
}

function pairParam(value: unknown): unknown {
  if (isRecord(value)) return pairParam(toPairRows(value)); // a saved object: same rules as its rows
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const row of value as PairRow[]) {
    if (row && row.key !== '' && row.key != null && typeof row.text === 'string' && row.text.trim() !== '') setOwn(out, String(row.key), row.text);
  }
  return Object.keys(out).length ? out : undefined;
}

function rawParam(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (!text.startsWith('{') && !text.startsWith('[')) return value;
  const parsed = jsonOrText(text);
  return parsed === text ? value : parsed;
}

const toPairRows = (value: unknown): PairRow[] =>
  Array.isArray(value)
    ? value.filter(isRecord).map((row) => ({ key: isEnumValue(row.key) ? row.key : '', text: asText(row.text) }))
    : isRecord(value) ? Object.entries(value).map(([key, text]) => ({ key, text: asText(text) })) : [];

/** A draft is a list of row lists; any other list (a bare list of conditions) is read like a saved filter. */
const isFilterDraft = (v: unknown): v is unknown[][] => Array.isArray(v) && v.every(Array.isArray);

const CODECS: { [K in ValueKind]: Codec<K> } = {
  text: { empty: () => '', toForm: asText, toParam: textParam },
  number: { empty: () => '', toForm: asText, toParam: numberParam },
  code: { empty: () => '', toForm: codeText, toParam: codeParam },
  boolean: { empty: () => false, toForm: booleanForm, toParam: booleanParam },
  enum: {
    empty: () => null,
    toForm: (v) => (isEnumValue(v) ? v : asText(v)),
    toParam: (v) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
  },
  pair: { empty: () => [], toForm: toPairRows, toParam: pairParam },
  filter: {
    empty: () => [],
    toForm: (v) => (isFilterDraft(v) ? normalizeDraft(v) : parseFilter(v).draft),
    toParam: (v) => (isFilterDraft(v) ? cleanFilter(v as FilterDraft) : v == null ? undefined : cleanFilter(parseFilter(v).draft)),
  },
  // the fallback editor shows non-text values as JSON; keeping them keeps their type
  raw: { empty: () => '', toForm: (v) => v, toParam: rawParam },
};

/** The value a control starts from when nothing is saved and no default exists. */
export const emptyFormValue = (kind: ValueKind): unknown => CODECS[kind].empty();

/** Converts a saved parameter (or schema default) into what the control edits. */
export const toFormValue = (kind: ValueKind, value: unknown, input?: ParagonInput): unknown =>
  value === undefined || value === null ? CODECS[kind].empty() : CODECS[kind].toForm(value, input);

/** What an input starts from in a branch opened for the first time. */
export const defaultFormValue = (input: ParagonInput, type: InputType): unknown => toFormValue(valueKindOf(type), input.defaultValue, input);

/**
 * Converts what a control holds into the parameter it sends, keeping types
 * (numbers, booleans, parsed JSON). `undefined` means "empty: omit the key".
 */
export function toParameterValue(input: ParagonInput, type: InputType, value: unknown): unknown {
  const { kind } = describeType(type);
  if (typeof value === 'number' && !Number.isFinite(value) && kind !== 'boolean') return undefined; // JSON would send null
  return CODECS[kind].toParam(value, input);
}

/** Whether a value reveals the input's own `dependentInputs` (booleans: while true). */
export function revealsDependents(input: ParagonInput, type: InputType, value: unknown): boolean {
  const param = toParameterValue(input, type, value);
  return valueKindOf(type) === 'boolean' ? param === true : param !== undefined;
}
