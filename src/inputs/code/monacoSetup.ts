// Runs only when the lazy editor chunk loads, never at import of the package entry.
// `monaco-editor`'s main entry would add ~80 languages and the css/html/ts workers (~8.7 MB in
// dist); a form's CODE field needs the editor API, the JSON language service and some colouring.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import 'monaco-editor/languages/features/json/register';
// The JSON mode pulls in every editor contribution, and contributions loaded after the first
// editor exists break the next ones ("depends on UNKNOWN service"): load it before any editor.
import 'monaco-editor/languages/features/json/jsonMode';
// Syntax colouring only: each registers a name and loads its tokenizer on first use.
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/html/register';
import 'monaco-editor/languages/definitions/xml/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/sql/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/languages/definitions/markdown/register';
import 'monaco-editor/languages/definitions/graphql/register';

const env = globalThis as { MonacoEnvironment?: monaco.Environment };
// A host that set up Monaco's workers itself keeps its own setup.
if (!env.MonacoEnvironment?.getWorker && !env.MonacoEnvironment?.getWorkerUrl) {
  env.MonacoEnvironment = {
    ...env.MonacoEnvironment,
    getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
  };
}

// A Monaco instance the host already gave the loader wins; otherwise use ours, never the CDN.
if (!loader.__getMonacoInstance()) loader.config({ monaco });

/** Monaco's id for a schema `language` (`json`, `JS`, `yml`, …), or `plaintext` when unknown. */
export function monacoLanguage(name: string | undefined): string {
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return 'plaintext';
  const api: typeof monaco = loader.__getMonacoInstance() ?? monaco;
  const match = api.languages
    .getLanguages()
    .find((l) => l.id === wanted || l.aliases?.some((a) => a.toLowerCase() === wanted) || l.extensions?.includes(`.${wanted}`));
  return match?.id ?? 'plaintext';
}
