import {
  Component,
  lazy,
  Suspense,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useAreaMessages, useVariableSource } from '../../hooks/FormSettingsContext';
import { variableMessages, describeType } from '../../schema';
import type { InputProps } from '../types';
import './code.css';

/** The editor component; our Monaco (its CSS and workers) only when the host gave the loader none. */
async function loadEditor() {
  const [editor, { loader }] = await Promise.all([import('./MonacoEditor'), import('@monaco-editor/react')]);
  if (!loader.__getMonacoInstance()) (await import('./monacoSetup')).installBundledMonaco();
  return editor;
}

// Separate chunks, loaded only when a CODE field renders in a browser.
const MonacoEditor = lazy(loadEditor);

const MIN_ROWS = 6;
const MAX_ROWS = 30;

// Same metrics as the Monaco editor, so the swap does not move the page; the rest is code.css.
const fallbackStyle: CSSProperties = {
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  margin: 0,
  padding: 8,
  fontFamily: 'var(--akf-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace)',
  fontSize: 13,
  lineHeight: '20px',
};

function rowsOf(lines: unknown): number {
  const n = typeof lines === 'number' && Number.isFinite(lines) ? Math.round(lines) : MIN_ROWS;
  return Math.min(Math.max(n, MIN_ROWS), MAX_ROWS);
}

interface BoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

/** A failed chunk or Monaco crash leaves the plain textarea in place for good. */
class EditorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('[actionkit-form] The code editor could not load; using a plain text area instead.', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Monaco needs a real browser: not the server, nor a DOM emulator (jsdom, happy-dom) in tests. */
function monacoCanRun(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    !/\b(jsdom|HappyDOM)\b/i.test(window.navigator.userAgent)
  );
}

const subscribeNever = () => () => {};

/** False on the server and while hydrating, so the editor chunk is only ever loaded in a browser. */
function useMonacoCanRun(): boolean {
  return useSyncExternalStore(subscribeNever, monacoCanRun, () => false);
}

/**
 * The form gets one focusable element at a time (the textarea, then Monaco's input); when a
 * focused textarea gives way to the next control, its caret moves over with the focus.
 */
function useControlHandoff(inputRef: (element: HTMLElement | null) => void) {
  const latestInputRef = useRef(inputRef);
  useLayoutEffect(() => {
    latestInputRef.current = inputRef;
  });
  const current = useRef<HTMLElement | null>(null);
  const pending = useRef<[number, number] | null>(null);
  const [handoff] = useState(() => {
    const selectionOf = (el: HTMLElement | null): [number, number] | null =>
      el?.tagName === 'TEXTAREA' && el.ownerDocument.activeElement === el
        ? [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]
        : null;
    const attach = (el: HTMLElement) => {
      current.current = el;
      latestInputRef.current(el);
    };
    const detach = (el: HTMLElement) => {
      if (current.current !== el) return;
      current.current = null;
      latestInputRef.current(null);
    };
    const takeFocus = () => {
      const selection = pending.current ?? selectionOf(current.current);
      pending.current = null;
      return selection;
    };
    let shown: HTMLTextAreaElement | null = null;
    const release = (el: HTMLTextAreaElement) => {
      shown = null;
      pending.current = selectionOf(el);
      detach(el);
    };
    const textareaRef = (el: HTMLTextAreaElement | null) => {
      // React 18 calls the ref with null instead of running the cleanup returned below (React 19)
      if (!el) {
        if (shown) release(shown);
        return;
      }
      shown = el;
      const selection = takeFocus();
      if (selection) {
        el.focus();
        el.setSelectionRange(...selection);
      }
      attach(el);
      return () => release(el);
    };
    return { attach, detach, takeFocus, textareaRef };
  });
  return handoff;
}

/** CODE: a monospace textarea at once, replaced by a Monaco editor when its chunk has loaded. */
export function CodeInput(props: InputProps<string>) {
  const { input, value, onChange, onBlur, name, ids, describedBy, invalid, required, disabled } = props;
  const text = typeof value === 'string' ? value : '';
  const rows = rowsOf(input.lines);
  const withMonaco = useMonacoCanRun();
  const { attach, detach, takeFocus, textareaRef } = useControlHandoff(props.inputRef);
  const wrapper = useRef<HTMLDivElement>(null);
  const source = useVariableSource();
  const variables = describeType(props.type).variables === 'code' ? source : undefined; // never for _NO_VARS types
  const { unknownVariable } = useAreaMessages(variableMessages);

  const fallback = (
    <textarea
      ref={textareaRef}
      id={ids.control}
      name={name}
      className="akf-code__fallback"
      style={fallbackStyle}
      rows={rows}
      value={text}
      placeholder={input.placeholder}
      disabled={disabled}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        // Focus moving on into the editor that replaces this textarea is no blur of the field.
        const next = event.relatedTarget;
        if (!(next instanceof Node && wrapper.current?.contains(next))) onBlur();
      }}
    />
  );

  return (
    <div className="akf-code" ref={wrapper} data-invalid={invalid || undefined} data-disabled={disabled || undefined}>
      {withMonaco ? (
        <EditorBoundary fallback={fallback}>
          <Suspense fallback={fallback}>
            <MonacoEditor
              value={text}
              onChange={onChange}
              onBlur={onBlur}
              attach={attach}
              detach={detach}
              takeFocus={takeFocus}
              fallback={fallback}
              language={input.language}
              variables={variables}
              input={input}
              unknownVariable={unknownVariable}
              ariaLabel={input.title}
              placeholder={input.placeholder}
              rows={rows}
              controlId={ids.control}
              describedBy={describedBy}
              invalid={invalid}
              required={required}
              disabled={disabled}
            />
          </Suspense>
        </EditorBoundary>
      ) : (
        fallback
      )}
    </div>
  );
}
