import { monacoLanguage } from './monacoSetup';
import Editor, { type OnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

// CodeInput's fallback textarea uses the same metrics, so swapping in Monaco does not move the page.
const LINE_HEIGHT = 20;
const PADDING = 8;

export interface MonacoEditorProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Receives Monaco's focusable input element once mounted, `null` when unmounted. */
  inputRef: (element: HTMLElement | null) => void;
  /** Schema language name (`json`, `js`, …). */
  language?: string;
  ariaLabel: string;
  placeholder?: string;
  rows: number;
  controlId: string;
  describedBy?: string;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
  /** Shown while Monaco creates the editor. */
  loading: ReactNode;
  /** Selection of the fallback textarea if it had focus when it went away (the caret moves over). */
  takeFocus: () => [number, number] | null;
}

/** Monaco's focusable element: the EditContext div in Chromium, the hidden textarea elsewhere. */
function inputElementOf(ed: editor.IStandaloneCodeEditor): HTMLElement | null {
  return ed.getDomNode()?.querySelector<HTMLElement>('.native-edit-context, textarea.inputarea') ?? null;
}

function setAttr(el: HTMLElement, name: string, value: string | undefined) {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

export default function MonacoEditor(props: MonacoEditorProps) {
  const { value, language, ariaLabel, placeholder, rows, controlId, describedBy, invalid, required, disabled } = props;
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const [mounted, setMounted] = useState(false);

  const options = useMemo<editor.IStandaloneEditorConstructionOptions>(
    () => ({
      ariaLabel,
      ariaRequired: required,
      placeholder,
      readOnly: disabled,
      domReadOnly: disabled,
      automaticLayout: true,
      wordWrap: 'on',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      // The editor sits in a scrolling form: let the page scroll past it, keep hovers unclipped.
      scrollbar: { alwaysConsumeMouseWheel: false },
      fixedOverflowWidgets: true,
      fontSize: 13,
      lineHeight: LINE_HEIGHT,
      padding: { top: PADDING, bottom: PADDING },
      lineNumbersMinChars: 3,
      overviewRulerLanes: 0,
      tabSize: 2,
      // Word suggestions popping up while typing a payload would make Enter pick a word.
      quickSuggestions: false,
      wordBasedSuggestions: 'off',
      contextmenu: false,
      stickyScroll: { enabled: false },
    }),
    [ariaLabel, placeholder, disabled, required],
  );

  const handleMount = useCallback<OnMount>((ed, monaco) => {
    editorRef.current = ed;
    // Same newlines everywhere (Monaco would use CRLF for an empty editor on Windows).
    ed.getModel()?.setEOL(monaco.editor.EndOfLineSequence.LF);
    ed.onDidBlurEditorWidget(() => latest.current.onBlur());
    latest.current.inputRef(inputElementOf(ed));
    const selection = latest.current.takeFocus();
    const model = ed.getModel();
    if (selection && model) {
      const [start, end] = selection.map((offset) => model.getPositionAt(offset));
      ed.setSelection({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
      ed.focus();
    }
    setMounted(true);
  }, []);

  useEffect(() => () => latest.current.inputRef(null), []);

  // Monaco owns its input element; the form's wiring goes onto it after each change.
  useEffect(() => {
    const el = editorRef.current && inputElementOf(editorRef.current);
    if (!el) return;
    el.id = controlId;
    setAttr(el, 'aria-describedby', describedBy || undefined);
    setAttr(el, 'aria-invalid', invalid ? 'true' : undefined);
  }, [mounted, controlId, describedBy, invalid]);

  const handleChange = useCallback(() => {
    const model = editorRef.current?.getModel();
    if (model) latest.current.onChange(model.getValue());
  }, []);

  return (
    <Editor
      className="akf-code__editor"
      height={rows * LINE_HEIGHT + 2 * PADDING}
      value={value}
      language={monacoLanguage(language)}
      options={options}
      loading={props.loading}
      onMount={handleMount}
      onChange={handleChange}
    />
  );
}
