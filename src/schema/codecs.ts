import { cleanFilter, parseFilter, type FilterDraft } from './filterValue';
import { describeType, valueKindOf, type KindValues, type ValueKind } from './inputTypes';
import { hasVariableToken, isEnumValue, isRecord } from './guards';
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
  toForm(value: unknown): KindValues[K];
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

/** JSON parses whenever the text parses (tokens inside strings stay there); else the text as is. */
function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // `{"n": {{1.count}}}` or a typo: validation tells them apart
  }
}

function codeParam(value: unknown, input: ParagonInput): unknown {
  if (typeof value !== 'string') return value ?? undefined; // already parsed JSON
  if (value.trim() === '') return undefined;
  return input.language === 'json' ? jsonOrText(value) : value;
}

function pairParam(value: unknown): unknown {
  if (isRecord(value)) return Object.keys(value).length ? value : undefined;
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const row of value as PairRow[]) {
    if (row && row.key !== '' && row.key != null && typeof row.text === 'string' && row.text.trim() !== '') out[String(row.key)] = row.text;
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
  Array.isArray(value) ? (value as PairRow[]) : isRecord(value) ? Object.entries(value).map(([key, text]) => ({ key, text: asText(text) })) : [];

const CODECS: { [K in ValueKind]: Codec<K> } = {
  text: { empty: () => '', toForm: asText, toParam: textParam },
  number: { empty: () => '', toForm: asText, toParam: numberParam },
  code: { empty: () => '', toForm: asText, toParam: codeParam },
  boolean: { empty: () => false, toForm: (v) => v === true || v === 'true', toParam: (v) => v === true || v === 'true' },
  enum: {
    empty: () => null,
    toForm: (v) => (isEnumValue(v) ? v : asText(v)),
    toParam: (v) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
  },
  pair: { empty: () => [], toForm: toPairRows, toParam: pairParam },
  filter: {
    empty: () => [],
    toForm: (v) => parseFilter(v).draft,
    toParam: (v) => (Array.isArray(v) ? cleanFilter(v as FilterDraft) : v == null ? undefined : cleanFilter(parseFilter(v).draft)),
  },
  // the fallback editor shows non-text values as JSON; keeping them keeps their type
  raw: { empty: () => '', toForm: (v) => v, toParam: rawParam },
};

/** The value a control starts from when nothing is saved and no default exists. */
export const emptyFormValue = (kind: ValueKind): unknown => CODECS[kind].empty();

/** Converts a saved parameter (or schema default) into what the control edits. */
export const toFormValue = (kind: ValueKind, value: unknown): unknown =>
  value === undefined || value === null ? CODECS[kind].empty() : CODECS[kind].toForm(value);

/** What an input starts from in a branch opened for the first time. */
export const defaultFormValue = (input: ParagonInput, type: InputType): unknown => toFormValue(valueKindOf(type), input.defaultValue);

/**
 * Converts what a control holds into the parameter it sends, keeping types
 * (numbers, booleans, parsed JSON). `undefined` means "empty: omit the key".
 */
export const toParameterValue = (input: ParagonInput, type: InputType, value: unknown): unknown =>
  CODECS[describeType(type).kind].toParam(value, input);

/** Whether a value reveals the input's own `dependentInputs` (booleans: while true). */
export function revealsDependents(input: ParagonInput, type: InputType, value: unknown): boolean {
  const param = toParameterValue(input, type, value);
  return valueKindOf(type) === 'boolean' ? param === true : param !== undefined;
}
