import {
  Component,
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { InputProps } from '../types';

// Monaco (and its CSS and workers) arrive in a separate chunk, only when a CODE field renders.
const MonacoEditor = lazy(() => import('./MonacoEditor'));

const MIN_ROWS = 6;
const MAX_ROWS = 30;

// Same line height and padding as the Monaco editor, so the swap does not move the page.
const fallbackStyle: CSSProperties = {
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  padding: 8,
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  fontSize: 13,
  lineHeight: '20px',
  resize: 'vertical',
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

const subscribeNever = () => () => {};

/** False on the server and while hydrating, so the editor chunk is only ever loaded in a browser. */
function useIsClient(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

/** CODE: a monospace textarea at once, replaced by a Monaco editor when its chunk has loaded. */
export function CodeInput(props: InputProps<string>) {
  const { input, value, onChange, onBlur, name, ids, describedBy, invalid, required, disabled } = props;
  const text = typeof value === 'string' ? value : '';
  const rows = rowsOf(input.lines);
  const isClient = useIsClient();
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  // When the textarea being typed in gives way to the editor, the caret moves over with the focus.
  const handoff = useRef<[number, number] | null>(null);
  const takeFocus = useCallback(() => {
    const selection = handoff.current;
    handoff.current = null;
    return selection;
  }, []);
  const textareaRef = useCallback(
    (el: HTMLTextAreaElement | null) => {
      if (!el) return;
      const selection = takeFocus();
      if (selection) {
        el.focus();
        el.setSelectionRange(...selection);
      }
      latest.current.inputRef(el);
      return () => {
        if (el.ownerDocument.activeElement === el) handoff.current = [el.selectionStart, el.selectionEnd];
        latest.current.inputRef(null);
      };
    },
    [takeFocus],
  );

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
      onBlur={onBlur}
    />
  );

  return (
    <div className="akf-code">
      {isClient ? (
        <EditorBoundary fallback={fallback}>
          <Suspense fallback={fallback}>
            <MonacoEditor
              value={text}
              onChange={onChange}
              onBlur={onBlur}
              inputRef={props.inputRef}
              language={input.language}
              ariaLabel={input.title}
              placeholder={input.placeholder}
              rows={rows}
              controlId={ids.control}
              describedBy={describedBy}
              invalid={invalid}
              required={required}
              disabled={disabled}
              loading={fallback}
              takeFocus={takeFocus}
            />
          </Suspense>
        </EditorBoundary>
      ) : (
        fallback
      )}
    </div>
  );
}
