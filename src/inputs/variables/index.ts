export { VariableTextInput } from './VariableTextInput';
export { VariableTextbox, type VariableTextboxProps, type VariableTextBindings } from './VariableTextbox';
export { OptionalVariableTextbox, VariableFieldContext, type OptionalVariableTextboxProps } from './OptionalVariableTextbox';
