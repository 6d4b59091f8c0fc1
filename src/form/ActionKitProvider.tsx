'use client';
import { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMergedMessages } from './useMergedMessages';
import { createActionKitClient, resolveToken, tokenSubject, type LoadOptions, type TokenSource } from '../api';
import { ActionKitContext, MessagesContext, type ActionKitContextValue, type SourceTypeMap } from '../hooks';
import { coreMessages, type ActionFormMessageOverrides, type MessageLayer } from '../schema';

/** Props of `ActionKitProvider`. */
export interface ActionKitProviderProps {
  /** Paragon project id. */
  projectId: string;
  /** Paragon User Token (a JWT), or a function returning one; called per request so it can refresh. */
  token: TokenSource;
  /** Part of the ActionKit URL before `/projects` (default `https://actionkit.useparagon.com`). */
  baseUrl?: string;
  /** Sent as `X-Paragon-Credential` for users with several connected accounts. */
  credentialId?: string;
  /** A custom fetch (proxies, tests). */
  fetch?: typeof fetch;
  /** The host's QueryClient (its `queries.retry: false` turns off read retries); by default the provider keeps its own. */
  queryClient?: QueryClient;
  /** Loads dynamic options; by default Paragon's SDK options endpoint. */
  loadOptions?: LoadOptions;
  /**
   * Base URL of the default `loadOptions`. Default `https://zeus.useparagon.com`, but only with the
   * default `baseUrl`: with a custom one, pass this or `loadOptions`, else dynamic inputs take free text.
   */
  optionsBaseUrl?: string;
  /**
   * Source types for dynamic inputs whose schema names none: `{ [integration]: { [inputId]: sourceType } }`.
   * Inputs with neither fall back to their inline `values` or free text.
   */
  sourceTypes?: SourceTypeMap;
  /** Overrides of the English strings for every form below (a form's own `messages` win). */
  messages?: ActionFormMessageOverrides;
  children?: ReactNode;
}

/**
 * Connects the forms and hooks below it to one ActionKit project and user.
 * @example
 * <ActionKitProvider projectId={projectId} token={paragonUserToken}>
 *   <ActionForm action="SALESFORCE_CREATE_RECORD" />
 * </ActionKitProvider>
 */
export function ActionKitProvider(props: ActionKitProviderProps) {
  const { projectId, token, baseUrl, credentialId, fetch, queryClient, loadOptions, optionsBaseUrl, children } = props;
  const sourceTypesJson = props.sourceTypes ? JSON.stringify(props.sourceTypes) : undefined;
  // an inline map must not re-render every field on each host render
  const sourceTypes = useMemo<SourceTypeMap | undefined>(() => (sourceTypesJson ? JSON.parse(sourceTypesJson) : undefined), [sourceTypesJson]);
  const [ownQueryClient] = useState(() => new QueryClient());
  // the latest token source without re-creating the client when a host passes an inline function
  const tokenRef = useRef(token);
  tokenRef.current = token;
  // a string token is passed as is, so the client knows asking again cannot refresh it
  const fixedToken = typeof token === 'string' ? token : undefined;
  const subject = useTokenSubject(token, tokenRef);
  const { report } = subject;
  const client = useMemo(
    () => createActionKitClient({ projectId, token: fixedToken ?? (() => resolveToken(tokenRef.current)), baseUrl, credentialId, fetch, optionsBaseUrl, onTokenSubject: report }),
    [projectId, fixedToken, baseUrl, credentialId, fetch, optionsBaseUrl, report],
  );
  const activeQueryClient = queryClient ?? ownQueryClient;
  // QueryClientProvider would do this: subscribe the client to online/focus events so paused
  // reads resume when the connection returns (mount() is reference-counted, so a host's client is safe)
  useEffect(() => {
    activeQueryClient.mount();
    return () => activeQueryClient.unmount();
  }, [activeQueryClient]);
  const activeLoadOptions = loadOptions ?? client.loadOptions;
  useNoLoaderWarning(activeLoadOptions === undefined);
  const scope = useMemo(
    () => (subject.value === undefined ? undefined : [projectId, subject.value, credentialId ?? '', baseUrl ?? ''] as const),
    [projectId, subject.value, credentialId, baseUrl],
  );
  const value = useMemo<ActionKitContextValue>(
    () => ({ client, queryClient: activeQueryClient, loadOptions: activeLoadOptions, sourceTypes, scope, subject: subject.value, refreshSession: subject.refresh }),
    [client, activeQueryClient, activeLoadOptions, sourceTypes, scope, subject.value, subject.refresh],
  );
  const messages = useMergedMessages<MessageLayer>(coreMessages, props.messages);
  return (
    <ActionKitContext.Provider value={value}>
      <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
    </ActionKitContext.Provider>
  );
}

const NO_LOADER_WARNING =
  '[actionkit-form] ActionKitProvider: a custom `baseUrl` needs `optionsBaseUrl` (your options host) or `loadOptions`; until then dynamic fields take typed text.';

/** Warns once per provider that dynamic options cannot load (the token goes to no host the app did not name). */
function useNoLoaderWarning(missing: boolean) {
  const warned = useRef(false);
  useEffect(() => {
    if (!missing || warned.current) return;
    warned.current = true;
    console.warn(NO_LOADER_WARNING);
  }, [missing]);
}

/**
 * The token's `sub` claim ('' when it has none or the token could not be read). With a token
 * function it follows the token each request used (`report`), so caches rescope to the new user.
 */
function useTokenSubject(token: TokenSource, tokenRef: { current: TokenSource }) {
  const fromString = typeof token === 'string' ? tokenSubject(token) ?? '' : undefined;
  const [resolved, setResolved] = useState<string | undefined>(undefined);
  const isFunction = typeof token === 'function';
  const report = useCallback((sub: string) => {
    if (typeof tokenRef.current === 'function') setResolved(sub);
  }, [tokenRef]);
  const refresh = useCallback(async () => {
    if (typeof tokenRef.current === 'string') return;
    try {
      setResolved(tokenSubject(await resolveToken(tokenRef.current)) ?? '');
    } catch {
      setResolved(''); // requests will fail with the token error and show it
    }
  }, [tokenRef]);
  useEffect(() => {
    if (isFunction) void refresh();
  }, [isFunction, refresh]);
  return { value: fromString ?? resolved, refresh, report };
}
