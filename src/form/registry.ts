import { isKnownInputType, type InputType } from '../schema';
import {
  CodeInput,
  DynamicEnumInput,
  EditableEnumInput,
  EnumInput,
  EnumTextAreaPairInput,
  FilterInput,
  NumberInput,
  SwitchInput,
  TextareaInput,
  TextInput,
  UnsupportedInput,
  type InputComponent,
  type InputComponentOverrides,
  type InputComponents,
} from '../inputs';

/** The built-in control of every known input type. */
export const defaultInputComponents = {
  ENUM: EnumInput,
  DYNAMIC_ENUM: DynamicEnumInput,
  EDITABLE_ENUM: EditableEnumInput,
  EDITABLE_DYNAMIC_ENUM: DynamicEnumInput,
  EnumTextAreaPairInput,
  TEXT: TextInput,
  TEXT_NO_VARS: TextInput,
  TEXTAREA: TextareaInput,
  TEXTAREA_NO_VARS: TextareaInput,
  EMAIL: TextInput,
  URL: TextInput,
  PASSWORD: TextInput,
  NUMBER: NumberInput,
  CODE: CodeInput,
  BOOLEAN_INPUT: SwitchInput,
  SWITCH: SwitchInput,
  CONDITIONAL: FilterInput,
  DYNAMIC_CONDITIONAL: FilterInput,
} satisfies InputComponents;

/** The control for a type: the host's override, else the built-in one, else the unsupported-type fallback. */
export function componentFor(type: InputType, overrides?: InputComponentOverrides): InputComponent<unknown> {
  const override = overrides?.[type];
  if (override) return override as InputComponent<unknown>;
  return (isKnownInputType(type) ? defaultInputComponents[type] : UnsupportedInput) as InputComponent<unknown>;
}
