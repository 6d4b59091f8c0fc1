import type { ReactElement } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { InputIds } from '../inputs/types';
import { INPUT_TYPES, type InputNode, type KnownInputType } from '../schema';

export interface NativeControlProps {
  node: InputNode;
  registered: UseFormRegisterReturn;
  ids: InputIds;
  describedBy?: string;
  invalid: boolean;
  disabled: boolean;
  /** Props added last (vartext: the variable list's bindings, a caret-friendly `type`). */
  extra?: Record<string, unknown>;
}

const HTML_TYPE: Record<string, string> = { EMAIL: 'email', URL: 'url', PASSWORD: 'password' };
const AUTOCOMPLETE: Record<string, string> = { EMAIL: 'email', URL: 'url', PASSWORD: 'new-password' };

/**
 * The built-in text, textarea, number, password and switch controls as plain elements wired with
 * react-hook-form's `register()`: uncontrolled, so typing renders nothing (a function, not a
 * component: no fiber of its own).
 */
export function nativeControl({ node, registered, ids, describedBy, invalid, disabled, extra }: NativeControlProps): ReactElement {
  const { input } = node;
  const type = node.type as KnownInputType;
  const common = {
    ...registered,
    id: ids.control,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': input.required || undefined,
    disabled,
  };
  switch (INPUT_TYPES[type].control) {
    case 'switch':
      return <input {...common} type="checkbox" role="switch" className="akf-switch" />;
    case 'number':
      // text, not type="number": that would silently drop `{{…}}` tokens and half-typed values like "1e"
      return <input {...common} type="text" inputMode="decimal" autoComplete="off" className="akf-input akf-input--number" placeholder={input.placeholder} {...extra} />;
    case 'textarea':
      if (typeof input.lines === 'number' && input.lines > 1) {
        return <textarea {...common} rows={input.lines} className="akf-input akf-textarea" placeholder={input.placeholder} {...extra} />;
      }
      break;
  }
  return (
    <input
      {...common}
      type={HTML_TYPE[type] ?? 'text'}
      autoComplete={AUTOCOMPLETE[type] ?? 'off'}
      spellCheck={type === 'TEXT' || type === 'TEXT_NO_VARS' || type === 'TEXTAREA' || type === 'TEXTAREA_NO_VARS' ? undefined : false}
      className="akf-input"
      placeholder={input.placeholder}
      {...extra}
    />
  );
}
