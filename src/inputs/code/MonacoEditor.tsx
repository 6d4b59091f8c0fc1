import Editor, { type OnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FormVariables } from '../../hooks/FormSettingsContext';
import type { ParagonInput } from '../../schema';
import { monacoLanguage } from './monacoLanguage';
import { attachMonacoVariables, type MonacoVariables } from './monacoVariables';

// CodeInput's fallback textarea uses the same metrics, so swapping in Monaco does not move the page.
const LINE_HEIGHT = 20;
const PADDING = 8;

export interface MonacoEditorProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Hands the form the focusable element of the control (Monaco's input once mounted). */
  attach: (element: HTMLElement) => void;
  detach: (element: HTMLElement) => void;
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
  /** The plain textarea, shown while Monaco creates the editor. */
  fallback: ReactNode;
  /** The form's variables, offered after `{{` (CODE only; absent: no completion, no highlighting). */
  variables?: FormVariables;
  /** The input, for a `variables` function's request. */
  input?: ParagonInput;
  /** Hover text of a token that is not in the variable list. */
  unknownVariable?: (token: string) => string;
  /** Selection of the fallback textarea when it has (or just had) the focus: the caret moves over. */
  takeFocus: () => [number, number] | null;
}

/** Monaco's focusable element: its hidden textarea (or the EditContext div, if a host's Monaco uses one). */
function inputElementOf(ed: editor.IStandaloneCodeEditor): HTMLElement | null {
  return ed.getDomNode()?.querySelector<HTMLElement>('textarea.inputarea, .native-edit-context') ?? null;
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
  const monacoRef = useRef<Parameters<OnMount>[1] | null>(null);
  const [ready, setReady] = useState(false);

  const options = useMemo<editor.IStandaloneEditorConstructionOptions>(
    () => ({
      ariaLabel,
      ariaRequired: required,
      // The EditContext input (default in Chromium) syncs its text at render time; fast typing
      // after an auto-closed bracket then landed at stale offsets (`{"a":}1}`): use the textarea.
      editContext: false,
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

  // Runs while the textarea is still shown (and maybe being typed in): everything up to the swap
  // happens in this one task, so no keystroke lands between the two controls.
  const handleMount = useCallback<OnMount>((ed, monaco) => {
    editorRef.current = ed;
    monacoRef.current = monaco;
    const model = ed.getModel();
    if (model) {
      model.setEOL(monaco.editor.EndOfLineSequence.LF); // Monaco picks CRLF for an empty model on Windows
      // Text typed while the editor was being created never reached it.
      if (model.getValue() !== latest.current.value) model.setValue(latest.current.value);
    }
    ed.onDidBlurEditorWidget(() => latest.current.onBlur());
    const selection = latest.current.takeFocus();
    if (selection && model) {
      const [start, end] = selection.map((offset) => model.getPositionAt(offset));
      ed.setSelection({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
      ed.focus();
    }
    const input = inputElementOf(ed);
    if (input) latest.current.attach(input);
    setReady(true);
  }, []);

  useEffect(
    () => () => {
      const input = editorRef.current && inputElementOf(editorRef.current);
      if (input) latest.current.detach(input);
    },
    [],
  );

  // One completion provider and token highlighting per editor model while the form has variables.
  const attachedRef = useRef<MonacoVariables | null>(null);
  const hasVariables = props.variables !== undefined;
  useEffect(() => {
    const ed = editorRef.current;
    const api = monacoRef.current;
    if (!ready || !hasVariables || !ed || !api) return;
    const attached = (attachedRef.current = attachMonacoVariables(api, ed, {
      source: () => latest.current.variables,
      input: () => latest.current.input ?? { id: '', title: latest.current.ariaLabel, type: 'CODE' },
      unknown: (token) => latest.current.unknownVariable?.(token) ?? token,
    }));
    return () => {
      attached.dispose();
      attachedRef.current = null;
    };
  }, [ready, hasVariables]);
  // a new list may know tokens the old one did not
  useEffect(() => attachedRef.current?.refresh(), [props.variables]);

  // Monaco owns its input element; the form's wiring goes onto it after each change.
  useEffect(() => {
    const el = editorRef.current && inputElementOf(editorRef.current);
    if (!el) return;
    el.id = controlId;
    setAttr(el, 'aria-describedby', describedBy || undefined);
    setAttr(el, 'aria-invalid', invalid ? 'true' : undefined);
  }, [ready, controlId, describedBy, invalid]);

  const handleChange = useCallback(() => {
    const model = editorRef.current?.getModel();
    if (model) latest.current.onChange(model.getValue());
  }, []);

  const dark = useDarkColorScheme(editorRef.current?.getContainerDomNode() ?? null, ready);
  const height = rows * LINE_HEIGHT + 2 * PADDING;
  return (
    <>
      {!ready && props.fallback}
      {/* Collapsed, not display:none, until mounted: Monaco lays out and can take the focus. */}
      <div className="akf-code__monaco" style={ready ? undefined : { height: 0, overflow: 'hidden' }}>
        <Editor
          className="akf-code__editor"
          height={height}
          value={value}
          language={monacoLanguage(language)}
          theme={dark ? 'vs-dark' : 'light'}
          options={options}
          loading={null}
          onMount={handleMount}
          onChange={handleChange}
        />
      </div>
    </>
  );
}

/** Whether the stylesheet puts the editor in a dark `color-scheme` (the akf dark theme sets it); follows theme switches. */
function useDarkColorScheme(element: HTMLElement | null, ready: boolean): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    if (!element) return;
    const check = () => setDark(getComputedStyle(element).colorScheme.includes('dark'));
    check();
    const observer = new MutationObserver(check);
    for (const target of [document.documentElement, document.body]) observer.observe(target, { attributes: true, attributeFilter: ['class', 'data-akf-theme', 'style'] });
    return () => observer.disconnect();
  }, [element, ready]);
  return dark;
}
