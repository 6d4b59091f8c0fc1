import { controlProps } from './controlProps';
import type { InputProps } from './types';

const htmlType: Record<string, string> = { EMAIL: 'email', URL: 'url', PASSWORD: 'password' };
const autoComplete: Record<string, string> = { EMAIL: 'email', URL: 'url', PASSWORD: 'new-password' };

/** TEXT, TEXT_NO_VARS, EMAIL, URL and PASSWORD: a single-line text input. */
export function TextInput(props: InputProps<string>) {
  const { input, type, value, onChange } = props;
  return (
    <input
      {...controlProps(props)}
      className="akf-input"
      type={htmlType[type] ?? 'text'}
      autoComplete={autoComplete[type] ?? 'off'}
      spellCheck={type === 'TEXT' || type === 'TEXT_NO_VARS' ? undefined : false}
      placeholder={input.placeholder}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
