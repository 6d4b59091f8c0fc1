// Loaded only by a CODE field, and not at all when the host gave `@monaco-editor/react`'s loader
// its own Monaco (CodeInput checks first).
// `monaco-editor`'s main entry would add ~80 languages, the css/html/ts workers and ~60 editor
// contributions; a form's CODE field needs the editor core, the JSON language service, the
// contributions below and some colouring.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
// Contributions, imported here (not from a module of their own: the package's `sideEffects` would
// drop it) and before any editor exists: one registered later breaks the next editors.
import 'monaco-editor/features/codicon/register'; // icon font of the suggest list and folding arrows
import 'monaco-editor/features/placeholderText/register'; // the schema `placeholder`
import 'monaco-editor/features/hover/register'; // JSON diagnostics (and docs) on hover
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/comment/register'; // Ctrl+/
import 'monaco-editor/features/wordOperations/register'; // Ctrl+Backspace, Ctrl+Arrow by word
import 'monaco-editor/features/toggleTabFocusMode/register'; // Ctrl+M: Tab moves the focus on
import 'monaco-editor/features/readOnlyMessage/register'; // says why a disabled field ignores typing
// The suggest list for completion providers (JSON's, later `{{` variables); `features/suggest`
// registers only its inline variant.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
// JSON: language, worker client and mode. The mode's worker helper imports every contribution
// (vite.config.ts strips those imports); loaded now, not on the first JSON model, so a build
// without that plugin is only bigger, never broken by contributions registered after an editor.
import 'monaco-editor/languages/features/json/register';
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

/** Gives the loader our Monaco and Monaco our workers, keeping whatever the host set up itself. */
export function installBundledMonaco(): void {
  const env = globalThis as { MonacoEnvironment?: monaco.Environment };
  if (!env.MonacoEnvironment?.getWorker && !env.MonacoEnvironment?.getWorkerUrl) {
    env.MonacoEnvironment = {
      ...env.MonacoEnvironment,
      getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
    };
  }
  // Never the loader's default, the CDN.
  if (!loader.__getMonacoInstance()) loader.config({ monaco });
}
