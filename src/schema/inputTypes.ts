import type { FilterDraft } from './filterValue';
import type { PairRow } from './codecs';
import type { EnumValue, InputType, ParagonInput } from './types';

/** How a type's value is stored, converted and checked (see `codecs.ts`). */
export type ValueKind = 'text' | 'number' | 'boolean' | 'enum' | 'code' | 'pair' | 'filter' | 'raw';

/** What a control of each kind edits, before conversion to a parameter. */
export interface KindValues {
  text: string;
  /** The text as typed: a number, or a `{{…}}` token. */
  number: string;
  boolean: boolean;
  enum: EnumValue | null;
  code: string;
  pair: PairRow[];
  filter: FilterDraft;
  raw: unknown;
}

/** The built-in controls; the form's registry maps each to a component. */
export type ControlName = 'text' | 'textarea' | 'number' | 'password' | 'switch' | 'select' | 'combobox' | 'dynamic' | 'pairs' | 'code' | 'filter';

/** Everything the library knows about one input type. */
export interface InputTypeDescriptor {
  kind: ValueKind;
  control: ControlName;
  /** A format check beyond `required`. */
  format?: 'email' | 'url';
  /** How variables enter: typed `{{` tokens, Monaco completions, or a "Use a variable" mode. */
  variables?: 'text' | 'code' | 'mode';
}

/** The one table of input types: kind (codec, validation, value type), control and variables. */
export const INPUT_TYPES = {
  ENUM: { kind: 'enum', control: 'select', variables: 'mode' },
  DYNAMIC_ENUM: { kind: 'enum', control: 'dynamic', variables: 'mode' },
  EDITABLE_ENUM: { kind: 'enum', control: 'combobox', variables: 'mode' },
  EDITABLE_DYNAMIC_ENUM: { kind: 'enum', control: 'dynamic', variables: 'mode' },
  EnumTextAreaPairInput: { kind: 'pair', control: 'pairs' },
  TEXT: { kind: 'text', control: 'text', variables: 'text' },
  TEXT_NO_VARS: { kind: 'text', control: 'text' },
  TEXTAREA: { kind: 'text', control: 'textarea', variables: 'text' },
  TEXTAREA_NO_VARS: { kind: 'text', control: 'textarea' },
  CODE: { kind: 'code', control: 'code', variables: 'code' },
  BOOLEAN_INPUT: { kind: 'boolean', control: 'switch', variables: 'mode' },
  SWITCH: { kind: 'boolean', control: 'switch', variables: 'mode' },
  CONDITIONAL: { kind: 'filter', control: 'filter' },
  DYNAMIC_CONDITIONAL: { kind: 'filter', control: 'filter' },
  NUMBER: { kind: 'number', control: 'number', variables: 'text' },
  EMAIL: { kind: 'text', control: 'text', format: 'email', variables: 'text' },
  URL: { kind: 'text', control: 'text', format: 'url', variables: 'text' },
  PASSWORD: { kind: 'text', control: 'password' },
} as const satisfies Record<string, InputTypeDescriptor>;

/** The input types this library renders with a dedicated control. */
export type KnownInputType = keyof typeof INPUT_TYPES;

/** The known input types, in table order. */
export const KNOWN_INPUT_TYPES = Object.keys(INPUT_TYPES) as readonly KnownInputType[];

/** The value each known type's control edits. */
export type InputValues = { [K in KnownInputType]: KindValues[(typeof INPUT_TYPES)[K]['kind']] };

/** Whether the library has a dedicated control for this type. */
export const isKnownInputType = (type: string): type is KnownInputType => Object.prototype.hasOwnProperty.call(INPUT_TYPES, type);

const UNKNOWN: InputTypeDescriptor = { kind: 'raw', control: 'text' };

/** The descriptor of a type; unknown types keep their value as entered. */
export const describeType = (type: InputType): InputTypeDescriptor => (isKnownInputType(type) ? INPUT_TYPES[type] : UNKNOWN);

/** The value kind of a type; unknown types keep their value as entered. */
export const valueKindOf = (type: InputType): ValueKind => describeType(type).kind;

/** The source type an input loads options from, if it has one. */
export const sourceTypeOf = (input: ParagonInput): string | undefined =>
  input.valuesSource?.sourceType ?? (typeof input.sourceType === 'string' ? input.sourceType : undefined);

/**
 * The type whose control renders an input. The schema's type name is not enough:
 * an `ENUM` with a `valuesSource` loads its options, so it renders as `DYNAMIC_ENUM`.
 */
export function effectiveType(input: ParagonInput): InputType {
  const hasSource = sourceTypeOf(input) !== undefined;
  if (input.type === 'ENUM' && hasSource) return 'DYNAMIC_ENUM';
  if (input.type === 'EDITABLE_ENUM' && hasSource) return 'EDITABLE_DYNAMIC_ENUM';
  if (input.type === 'CONDITIONAL' && input.supportedKeysSource) return 'DYNAMIC_CONDITIONAL';
  return input.type;
}
