import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ActionKitClient, LoadOptions } from '../api';

/** What `ActionKitProvider` gives the hooks and inputs below it. */
export interface ActionKitContextValue {
  client: ActionKitClient;
  queryClient: QueryClient;
  /** The host's or the default loader; `undefined` when none may be used (dynamic inputs take free text). */
  loadOptions: LoadOptions | undefined;
  /** Host-supplied source types for inputs that name none: `{ [integration]: { [inputId]: sourceType } }`. */
  sourceTypes?: SourceTypeMap;
  /**
   * Scopes cached data: project id, the token's `sub` claim, credential id and base URL.
   * `undefined` while a token function is first being asked who the user is.
   */
  scope: readonly string[] | undefined;
  /** The token's `sub` claim inside `scope` ('' when it has none), sent with each read so another user's token is refused. */
  subject: string | undefined;
  /** Asks the token source again (after a 401/403) and rescopes the cache. */
  refreshSession(): Promise<void>;
}

/** Source types by integration, then input id. */
export type SourceTypeMap = Record<string, Record<string, string>>;

export const ActionKitContext = createContext<ActionKitContextValue | null>(null);

/** The nearest ActionKitProvider's client, query client and cache scope. */
export function useActionKit(hookName = 'useActionKit'): ActionKitContextValue {
  const value = useContext(ActionKitContext);
  if (!value) throw new Error(`[actionkit-form] \`${hookName}\` must be used within \`<ActionKitProvider>\`.`);
  return value;
}
