import { loader } from '@monaco-editor/react';
import type * as monaco from 'monaco-editor/editor/editor.api';

/** Monaco's id for a schema `language` (`json`, `JS`, `yml`, …), or `plaintext` when unknown. */
export function monacoLanguage(name: string | undefined): string {
  const wanted = name?.trim().toLowerCase();
  // The loader holds the Monaco in use: the host's, or ours once monacoSetup ran.
  const api = loader.__getMonacoInstance() as typeof monaco | null;
  if (!wanted || !api) return 'plaintext';
  const match = api.languages
    .getLanguages()
    .find((l) => l.id === wanted || l.aliases?.some((a) => a.toLowerCase() === wanted) || l.extensions?.includes(`.${wanted}`));
  return match?.id ?? 'plaintext';
}
