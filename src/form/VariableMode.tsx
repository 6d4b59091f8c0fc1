import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useAreaMessages } from '../hooks';
import type { InputIds } from '../inputs/types';
import { variableMessages, type InputNode } from '../schema';
import { VariableModeInput } from './VariableModeInput';
import './variableMode.css';

export interface VariableModeProps {
  node: InputNode;
  value: unknown;
  /** Whether the value itself is variable text (`isVariableModeValue`). */
  isVariable: boolean;
  /** What toggling back sets when there was no earlier choice (the field opened in variable mode). */
  initialChoice(): unknown;
  onChange(value: unknown): void;
  onBlur(): void;
  inputRef(element: HTMLElement | null): void;
  ids: InputIds;
  describedBy?: string;
  invalid: boolean;
  disabled: boolean;
  /** The input's own control, shown while not in variable mode. */
  children: ReactNode;
}

/**
 * "Use a variable" for enums and booleans: a pressed toggle swaps the control for a token textbox.
 * The mode follows the value (a token that is no option), so restore, reset and schema updates
 * need nothing; `typed` also keeps it for text that is not (yet) a token.
 */
export function VariableMode({ node, value, isVariable, initialChoice, onChange, onBlur, inputRef, ids, describedBy, invalid, disabled, children }: VariableModeProps) {
  const messages = useAreaMessages(variableMessages);
  const [typed, setTyped] = useState<string | null>(null);
  const earlier = useRef<unknown>(undefined); // the choice before the toggle, restored when toggled back
  const kept = useRef(''); // the text before toggling back, offered again when toggled on
  const on = isVariable || (typed !== null && value === typed);
  const focused = useRef(false); // whether the focus is in the control (kept over a swap that removed it)
  const wasOn = useRef(on);
  useLayoutEffect(() => {
    if (wasOn.current === on) return;
    wasOn.current = on;
    // a token committed in the control (an editable list's typed text) swapped it away: the focus follows
    const lost = !document.activeElement || document.activeElement === document.body;
    if (focused.current && lost) document.getElementById(ids.control)?.focus();
  }, [on, ids.control]);
  const write = (text: string) => {
    setTyped(text);
    onChange(text);
  };
  const toggle = () => {
    if (!on) {
      earlier.current = value;
      write(kept.current);
      return;
    }
    kept.current = typeof value === 'string' ? value : '';
    setTyped(null);
    onChange(earlier.current !== undefined ? earlier.current : initialChoice());
    earlier.current = undefined;
  };
  return (
    <div className="akf-variable-mode" data-variable-mode={on ? '' : undefined}>
      <div
        className="akf-variable-mode__control"
        onFocus={() => void (focused.current = true)}
        onBlur={(e) => {
          const { target, relatedTarget } = e;
          if (e.currentTarget.contains(relatedTarget)) return;
          // no next element: the user left (target still shown), or the control was removed (keep it)
          if (relatedTarget) focused.current = false;
          else queueMicrotask(() => void (target.isConnected && (focused.current = false)));
        }}
      >
        {on ? (
          <VariableModeInput
            input={node.input}
            ids={ids}
            name={node.key}
            value={typeof value === 'string' ? value : ''}
            onChange={write}
            onBlur={onBlur}
            inputRef={inputRef}
            describedBy={describedBy}
            invalid={invalid}
            required={!!node.input.required}
            disabled={disabled}
          />
        ) : (
          children
        )}
      </div>
      <button type="button" className="akf-button akf-button--secondary akf-variable-mode__toggle" aria-pressed={on} disabled={disabled} onClick={toggle}>
        {messages.useVariable}
      </button>
    </div>
  );
}
