import { useCoreMessages } from '../hooks/FormSettingsContext';
import { controlProps } from './controlProps';
import type { InputProps } from './types';
import './unsupported.css';

/**
 * Fallback for input types this library does not know: a text/JSON editor that keeps the
 * value as entered and says why, so one unexpected type never takes the form down.
 */
export function UnsupportedInput(props: InputProps<unknown>) {
  const text = typeof props.value === 'string' ? props.value : props.value == null ? '' : JSON.stringify(props.value, null, 2);
  const noteId = `${props.ids.control}-note`;
  const m = useCoreMessages();
  return (
    <>
      <textarea
        {...controlProps(props)}
        aria-describedby={[props.describedBy, noteId].filter(Boolean).join(' ')}
        className="akf-input akf-textarea akf-unsupported"
        rows={3}
        spellCheck={false}
        placeholder={props.input.placeholder}
        value={text}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <p id={noteId} className="akf-field__note">
        {m.unsupportedType(String(props.type))}
      </p>
    </>
  );
}
