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
}

/** `ActionForm`'s `variables`: a fixed list, or a function asked per search (debounced, latest answer wins). */
export type VariableSource = Variable[] | ((request: VariableRequest) => Variable[] | Promise<Variable[]>);
