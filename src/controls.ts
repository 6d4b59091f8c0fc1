'use client';
/**
 * actionkit-form/controls: the built-in input controls, for hosts that wrap or reuse one in
 * `components` (`{ TEXT: (p) => <Wrapper><TextInput {...p} /></Wrapper> }`). A separate entry,
 * so the heavy controls stay out of the main entry's up-front code.
 */
export { TextInput } from './inputs/TextInput';
export { TextareaInput } from './inputs/TextareaInput';
export { NumberInput } from './inputs/NumberInput';
export { SwitchInput } from './inputs/SwitchInput';
export { EnumInput } from './inputs/EnumInput';
export { EditableEnumInput } from './inputs/EditableEnumInput';
export { DynamicEnumInput } from './inputs/DynamicEnumInput';
export { EnumTextAreaPairInput } from './inputs/EnumTextAreaPairInput';
export { CodeInput } from './inputs/code/CodeInput';
export { FilterInput } from './inputs/filter/FilterInput';
export { UnsupportedInput } from './inputs/UnsupportedInput';
export { Combobox, type ComboboxProps } from './inputs/combobox/Combobox';
export { defaultInputComponents } from './form/registry';
// vartext: a text box with the variable list, for host controls that should take `{{…}}` variables
export { VariableTextInput, VariableTextbox, type VariableTextboxProps, type VariableTextBindings } from './inputs/variables';
