import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { FormVariables } from '../../hooks/FormSettingsContext';
import type { ParagonInput, Variable } from '../../schema';

type Api = typeof Monaco;

export interface MonacoVariablesOptions {
  /** The form's variables now (read on each completion, so a new list needs no new provider). */
  source: () => FormVariables | undefined;
  input: () => ParagonInput;
  /** Hover text of a token not in the list. */
  unknown: (token: string) => string;
}

/** A whole `{{…}}` token on one line. */
const TOKEN = /\{\{[^{}\n]*\}\}/g;
/** The `{{query` typed just before the caret. */
const TYPED = /\{\{([^{}]*)$/;

const listOf = async (source: FormVariables | undefined, search: string, input: ParagonInput): Promise<readonly Variable[]> =>
  source?.kind === 'function' ? await source.search({ search, input }) : (source?.list ?? []);

/** The token ranges of a text, as offsets. */
function tokensIn(text: string): Array<[number, number]> {
  return [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Why JSON errors around a bare token (`{"a": {{x}} }`) go: the text is sent as text then and the
 * host resolves it. If the text parses with each token replaced by a same-length literal, every
 * JSON marker is the tokens' doing and all are dropped; otherwise only those touching a token are.
 */
function markersWithoutTokens(model: Monaco.editor.ITextModel, markers: Monaco.editor.IMarker[]): Monaco.editor.IMarker[] {
  const text = model.getValue();
  const tokens = tokensIn(text);
  if (!tokens.length) return markers;
  let masked = text;
  for (const [start, end] of tokens) masked = masked.slice(0, start) + '0'.padEnd(end - start) + masked.slice(end);
  try {
    JSON.parse(masked);
    return [];
  } catch {
    return markers.filter((m) => {
      const start = model.getOffsetAt({ lineNumber: m.startLineNumber, column: m.startColumn });
      const end = model.getOffsetAt({ lineNumber: m.endLineNumber, column: m.endColumn });
      return !tokens.some(([s, e]) => start <= e && end >= s);
    });
  }
}

/** Highlights each token, with the variable's label (or "not a variable") on hover. */
/** What `attachMonacoVariables` returns: `refresh()` marks tokens again after the variable list changed. */
export interface MonacoVariables extends Monaco.IDisposable {
  refresh(): void;
}

function decorateTokens(api: Api, ed: Monaco.editor.IStandaloneCodeEditor, o: MonacoVariablesOptions): MonacoVariables {
  const collection = ed.createDecorationsCollection();
  const update = () => {
    const model = ed.getModel();
    if (!model) return;
    const source = o.source();
    const list = source?.kind === 'list' ? source.list : undefined;
    const known = new Map((list ?? []).map((v) => [v.value, v.label]));
    collection.set(
      tokensIn(model.getValue()).map(([start, end]) => {
        const s = model.getPositionAt(start);
        const e = model.getPositionAt(end);
        const token = model.getValueInRange(new api.Range(s.lineNumber, s.column, e.lineNumber, e.column));
        // a function source cannot be asked per token here: only a list tells known from unknown
        const label = known.get(token) ?? (list ? o.unknown(token) : undefined);
        return {
          range: new api.Range(s.lineNumber, s.column, e.lineNumber, e.column),
          options: { inlineClassName: known.has(token) || !list ? 'akf-code__token' : 'akf-code__token akf-code__token--unknown', hoverMessage: label ? { value: label } : undefined },
        };
      }),
    );
  };
  update();
  const changed = ed.onDidChangeModelContent(update);
  return { refresh: update, dispose: () => (changed.dispose(), collection.clear()) };
}

/**
 * Variables in a CODE field's Monaco: completions after `{{` (replacing the typed `{{query` and an
 * auto-closed `}}`), highlighted tokens, and no JSON errors for tokens. Dispose on unmount.
 */
export function attachMonacoVariables(api: Api, ed: Monaco.editor.IStandaloneCodeEditor, o: MonacoVariablesOptions): MonacoVariables {
  const model = ed.getModel();
  if (!model) return { refresh() {}, dispose() {} };
  // '*' with a model check: one provider per editor model, whatever language it switches to
  const completion = api.languages.registerCompletionItemProvider('*', {
    triggerCharacters: ['{'],
    async provideCompletionItems(m, position) {
      if (m !== model) return undefined;
      const before = m.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const typed = TYPED.exec(before);
      if (!typed) return { suggestions: [] };
      const after = m.getLineContent(position.lineNumber).slice(position.column - 1);
      const closing = after.startsWith('}}') ? 2 : after.startsWith('}') ? 1 : 0;
      const range = new api.Range(position.lineNumber, position.column - typed[0].length, position.lineNumber, position.column + closing);
      const source = o.source();
      const variables = await listOf(source, typed[1], o.input());
      return {
        incomplete: source?.kind === 'function', // ask the function again as the search grows
        suggestions: variables.map((v, i) => ({
          label: { label: v.label, description: v.value },
          kind: api.languages.CompletionItemKind.Variable,
          insertText: v.value,
          filterText: `{{${v.label} ${v.value}`, // Monaco filters by the typed `{{query`
          sortText: String(i).padStart(5, '0'),
          detail: v.group,
          documentation: v.description,
          range,
        })),
      };
    },
  });
  let disposed = false;
  const dropTokenMarkers = () => {
    if (disposed || model.isDisposed() || model.getLanguageId() !== 'json') return;
    const json = api.editor.getModelMarkers({ owner: 'json', resource: model.uri });
    const kept = markersWithoutTokens(model, json);
    if (kept.length !== json.length) api.editor.setModelMarkers(model, 'json', kept); // fires again, with nothing left to drop
  };
  const markers = api.editor.onDidChangeMarkers((uris) => {
    // later, not inside the marker event: Monaco's microtask emitter drops an event fired while it delivers one
    if (uris.some((u) => u.toString() === model.uri.toString())) queueMicrotask(dropTokenMarkers);
  });
  const decorations = decorateTokens(api, ed, o);
  return {
    refresh: decorations.refresh,
    dispose: () => {
      disposed = true;
      completion.dispose();
      markers.dispose();
      decorations.dispose();
    },
  };
}
