import { KNOWN_INPUT_TYPES, type InputType, type KnownInputType, type ParagonInput } from './types';

const known = new Set<string>(KNOWN_INPUT_TYPES);

/** Whether the library has a dedicated control for this type. */
export const isKnownInputType = (type: string): type is KnownInputType => known.has(type);

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

/** How a type's value is stored, converted and checked. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'enum' | 'code' | 'pair' | 'filter' | 'raw';

const kinds: Record<KnownInputType, ValueKind> = {
  ENUM: 'enum',
  DYNAMIC_ENUM: 'enum',
  EDITABLE_ENUM: 'enum',
  EDITABLE_DYNAMIC_ENUM: 'enum',
  EnumTextAreaPairInput: 'pair',
  TEXT: 'text',
  TEXT_NO_VARS: 'text',
  TEXTAREA: 'text',
  TEXTAREA_NO_VARS: 'text',
  EMAIL: 'text',
  URL: 'text',
  PASSWORD: 'text',
  NUMBER: 'number',
  CODE: 'code',
  BOOLEAN_INPUT: 'boolean',
  SWITCH: 'boolean',
  CONDITIONAL: 'filter',
  DYNAMIC_CONDITIONAL: 'filter',
};

/** The value kind of a type; unknown types keep their value as entered. */
export const valueKindOf = (type: InputType): ValueKind => (isKnownInputType(type) ? kinds[type] : 'raw');
