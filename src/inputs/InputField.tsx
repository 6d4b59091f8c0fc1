import type { ReactNode } from 'react';
import { Subtitle } from './Subtitle';
import type { InputIds } from './types';

export interface InputFieldProps {
  title: string;
  subtitle?: string;
  type: string;
  inputId: string;
  ids: InputIds;
  required: boolean;
  error?: string;
  children: ReactNode;
}

/**
 * The chrome around every control: label (the control's accessible name), helper text (its
 * description) and error message, tied together through `ids`.
 */
export function InputField({ title, subtitle, type, inputId, ids, required, error, children }: InputFieldProps) {
  return (
    <div className="akf-field" data-type={type} data-input-id={inputId} data-invalid={error ? '' : undefined}>
      <div className="akf-field__label-row">
        <label id={ids.label} htmlFor={ids.control} className="akf-field__label">
          {title}
        </label>
        {/* outside the label, so the label text (and accessible name) is exactly the title */}
        {required && (
          <span className="akf-field__required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {subtitle && ids.description && <Subtitle id={ids.description} text={subtitle} />}
      {children}
      {error && (
        <p id={ids.error} className="akf-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
