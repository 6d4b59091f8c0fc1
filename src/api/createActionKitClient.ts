import type { EnumOption, EnumSection, Parameters, ParagonAction } from '../schema/types';
import { buildListUrl, parseActionList } from './listActions';
import { createRequester, parseJsonBody, projectUrl, type Requester } from './request';
import type { TokenSource } from './token';
import { lazyTriggerClient } from './lazyTriggerClient';
import type { TriggerKitClient } from './triggers';

/** Settings of an ActionKit client. */
export interface ActionKitClientOptions {
  projectId: string;
  /** The Paragon User Token, or a function called before every request. */
  token: TokenSource;
  /** The part before `/projects` (default `https://actionkit.useparagon.com`). */
  baseUrl?: string;
  /** Sent as `X-Paragon-Credential` for users with several accounts. */
  credentialId?: string;
  fetch?: typeof fetch;
  /**
   * Base URL of the default `loadOptions`. Default `https://zeus.useparagon.com`, but only with
   * the default `baseUrl`: with a custom one and no `optionsBaseUrl` there is no default loader.
   */
  optionsBaseUrl?: string;
  /** Told the `sub` claim ('' when none) of the token each request is sent with, so caches can follow the user. */
  onTokenSubject?: (subject: string) => void;
}

/** Query filters of the List Actions call. */
export interface ListActionsFilters {
  integrations?: string[];
  categories?: string[];
  limitToAvailable?: boolean;
  /** Bypasses the server's 8 h field cache. */
  reloadFields?: boolean;
}

/** One problem the List Actions call reported, normalized from a string or an object. */
export interface ActionListError {
  message: string;
  integration?: string;
  raw: unknown;
  /** Set when the library wrote `message` (English): entries of the wrong shape it skipped, how many. */
  skipped?: number;
  /** Set when the library wrote `message` (English): the server's error had no readable message. */
  unreadable?: true;
}

/** Actions keyed by integration, with the problems the server reported. */
export interface ActionList {
  actions: Record<string, ParagonAction[]>;
  errors: ActionListError[];
}

/** Per-call request settings. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** The `sub` claim of the user whose cache the answer goes into; another user's token is not sent (`unauthorized`). */
  subject?: string;
}

/** What a dynamic input needs loaded: its source, the dependency values, the search text and page. */
export interface LoadOptionsRequest {
  integration: string;
  action: string;
  inputId: string;
  sourceType: string;
  dependencies: Record<string, unknown>;
  search: string;
  cursor?: string | number;
  signal: AbortSignal;
  /** The `sub` claim of the user whose cache the answer goes into (the default loader sends no other user's token). */
  subject?: string;
}

/** One page of options (or sections) and the cursor of the next page, if any. */
export interface LoadOptionsResult {
  options: Array<EnumOption | EnumSection>;
  nextCursor?: string | number;
}

/** Loads one page of options for a dynamic input. */
export type LoadOptions = (request: LoadOptionsRequest) => Promise<LoadOptionsResult>;

/** Calls the ActionKit API (and TriggerKit) for one project and user. */
export interface ActionKitClient extends TriggerKitClient {
  listActions(filters?: ListActionsFilters, options?: RequestOptions): Promise<ActionList>;
  runAction(action: string, parameters: Parameters, options?: RequestOptions): Promise<unknown>;
  /**
   * The default options loader; `undefined` with a custom `baseUrl` and no `optionsBaseUrl`,
   * so the token never goes to an options host the app did not name.
   */
  loadOptions?: LoadOptions;
}

const DEFAULT_BASE_URL = 'https://actionkit.useparagon.com';
const DEFAULT_OPTIONS_BASE_URL = 'https://zeus.useparagon.com';

/** Reads a Run response: empty → `null`, JSON → parsed, anything else → the text. */
function parseRunResult(text: string, contentType: string): unknown {
  if (text.trim() === '') return null;
  const declaredText = contentType !== '' && !/json/i.test(contentType);
  if (declaredText) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The options host the token may go to: the one named, else Paragon's only for Paragon's own `baseUrl`. */
function optionsHost(options: ActionKitClientOptions): string | undefined {
  if (options.optionsBaseUrl) return options.optionsBaseUrl;
  const base = (options.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '').toLowerCase();
  return base === DEFAULT_BASE_URL ? DEFAULT_OPTIONS_BASE_URL : undefined;
}

/** The default options loader, loaded on its first call: only dynamic inputs need it. */
function lazyLoadOptions(request: Requester, url: string): LoadOptions {
  let loaded: Promise<LoadOptions> | undefined;
  return async (options) => (await (loaded ??= import('./loadOptions').then((m) => m.createLoadOptions(request, url))))(options);
}

/** Creates a client that lists Actions, runs them and loads dynamic options. */
export function createActionKitClient(options: ActionKitClientOptions): ActionKitClient {
  const request = createRequester({ ...options, onSubject: options.onTokenSubject });
  const baseUrl = options.baseUrl || DEFAULT_BASE_URL;
  const client: ActionKitClient = {
    async listActions(filters = {}, { signal, subject } = {}) {
      const url = buildListUrl(projectUrl(baseUrl, options.projectId, '/actions'), filters);
      return parseActionList(parseJsonBody(await request({ method: 'GET', url, signal, subject, read: true })));
    },
    async runAction(action, parameters, { signal, subject } = {}) {
      const url = projectUrl(baseUrl, options.projectId, '/tools');
      const result = await request({ method: 'POST', url, body: { tool: action, parameters }, signal, subject });
      return parseRunResult(result.text, result.contentType);
    },
    ...lazyTriggerClient(request, (path) => projectUrl(baseUrl, options.projectId, path)),
  };
  const host = optionsHost(options);
  if (host) client.loadOptions = lazyLoadOptions(request, projectUrl(host, options.projectId, '/sdk/actions'));
  return client;
}
