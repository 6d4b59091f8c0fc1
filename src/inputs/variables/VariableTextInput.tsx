import { controlProps } from '../controlProps';
import type { InputProps } from '../types';
import { OptionalVariableTextbox } from './OptionalVariableTextbox';

/**
 * A controlled text box that takes `{{…}}` variables (the list at the caret, "Insert variable", token
 * marks) when the form has `variables`, else a plain text box; named by the field's label like every input.
 * @example <VariableTextInput {...inputProps} value={token} onChange={setToken} />
 */
export function VariableTextInput(props: InputProps<string>) {
  const { input, value, onChange, disabled, name } = props;
  const { ref, ...common } = controlProps(props);
  return (
    <OptionalVariableTextbox input={input} field={name} disabled={disabled} controlRef={ref}>
      {(bind) => (
        <input
          {...common}
          ref={bind ? undefined : ref}
          className="akf-input"
          type="text"
          autoComplete="off"
          placeholder={input.placeholder}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          {...bind}
        />
      )}
    </OptionalVariableTextbox>
  );
}
