import type { ParagonInput } from './types';

/** A value from an earlier step or the user's settings that a field can take as a `{{…}}` token. */
export interface Variable {
  /** The whole token, e.g. `{{1.output.contact.email}}`; sent verbatim, never resolved by the library. */
  value: string;
  /** What the user reads in the list, e.g. "Email". */
  label: string;
  /** Heading the variable is listed under, e.g. "1. HubSpot: Get contact". */
  group?: string;
  description?: string;
  type?: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'date';
  /** A sample value, shown as a hint. */
  example?: unknown;
}

/** What a `variables` function is asked: the text typed after `{{` and the input it is for. */
export interface VariableRequest {
  search: string;
  input: ParagonInput;
  /** Aborted when this search is superseded or the list closes (pass it to `fetch`). */
  signal?: AbortSignal;
}

/** `ActionForm`'s `variables`: a fixed list, or a function asked per search (debounced, latest answer wins). */
export type VariableSource = Variable[] | ((request: VariableRequest) => Variable[] | Promise<Variable[]>);

/** The variables whose label or token contains `query` (case-insensitive, surrounding spaces ignored), in list order. */
export function filterVariables(list: readonly Variable[], query: string): Variable[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...list];
  return list.filter((v) => v.label.toLowerCase().includes(needle) || v.value.toLowerCase().includes(needle));
}

/** A `{{…}}` token found in a text: where it starts and ends (exclusive). */
export interface TokenRange {
  start: number;
  end: number;
  token: string;
}

const TOKEN = /\{\{[^{}\n]*\}\}/g;

/** Every complete `{{…}}` token of a text, left to right (no nesting, no line breaks inside). */
export function findTokens(text: string): TokenRange[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, token: m[0] }));
}

/**
 * Where a `{{` query starts when the caret is at `caret` after typing: the index of the `{{` that
 * the caret just completed, or -1.
 */
export const typedTokenStart = (text: string, caret: number): number => (caret >= 2 && text.slice(caret - 2, caret) === '{{' ? caret - 2 : -1);

/** The query typed since `start` (a `{{` or the caret where the list opened), or `undefined` once it is no query any more. */
export function queryAfter(text: string, start: number, caret: number, braces: boolean): string | undefined {
  if (caret < start + (braces ? 2 : 0)) return undefined;
  if (braces && text.slice(start, start + 2) !== '{{') return undefined;
  const query = text.slice(start + (braces ? 2 : 0), caret);
  return /[{}\n]/.test(query) || query.length > 80 ? undefined : query;
}

/** Input types that take variables as typed text (TEXT, TEXTAREA, NUMBER, EMAIL, URL; never `_NO_VARS` or PASSWORD). */
export const takesVariableText = (type: string): boolean => VARIABLE_TEXT_TYPES.has(type);
const VARIABLE_TEXT_TYPES: ReadonlySet<string> = new Set(['TEXT', 'TEXTAREA', 'NUMBER', 'EMAIL', 'URL']);
