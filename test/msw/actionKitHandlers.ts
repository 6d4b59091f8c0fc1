import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { allActions } from '../fixtures';
import optionsJson from '../fixtures/options.json';

/** Where the mock ActionKit answers (the library's default base URL). */
export const MOCK_BASE_URL = 'https://actionkit.useparagon.com';
/** Where the mock answers dynamic options (the default `loadOptions` base URL). */
export const MOCK_OPTIONS_BASE_URL = 'https://zeus.useparagon.com';
/** Options per page of the mock options endpoint. */
export const MOCK_PAGE_SIZE = 50;

export interface MockActionKitOptions {
  baseUrl?: string;
  optionsBaseUrl?: string;
  /** Delay before each answer, in ms (the demo uses a realistic one; tests none). */
  latency?: number;
}

/** Requests the mock received, for tests that assert exact payloads. */
export interface MockActionKitLog {
  runs: Array<{ tool: string; parameters: Record<string, unknown>; authorization: string | null }>;
  lists: URL[];
  /** Options requests: source, dependency parameters, search and cursor. */
  options: Array<{ action: string; sourceKey: string; parameters: Record<string, unknown>; search: string; cursor: unknown }>;
}

type MockOption = string | number | { value: string | number; label?: string; subtitle?: string } | { title: string; items: MockOption[] };
type MockSource = MockOption[] | { dependsOn: string; byValue: Record<string, MockOption[]> };

/** The fixture sources plus a large one (`contacts`, 120 options) that exercises paging. */
const sources: Record<string, MockSource> = {
  ...(Object.fromEntries(Object.entries(optionsJson).filter(([key]) => key !== '_format')) as Record<string, MockSource>),
  contacts: Array.from({ length: 120 }, (_, i) => ({ value: `contact-${i + 1}`, label: `Contact ${i + 1}`, subtitle: `contact${i + 1}@example.com` })),
};

const labelOf = (o: MockOption): string => (typeof o === 'object' ? ('title' in o ? o.title : (o.label ?? String(o.value))) : String(o));

/** Case-insensitive label filter; sections keep their matching items. */
function searchOptions(list: MockOption[], search: string): MockOption[] {
  if (!search) return list;
  const needle = search.toLowerCase();
  return list.flatMap((o): MockOption[] => {
    if (typeof o === 'object' && 'items' in o) {
      const items = searchOptions(o.items, search);
      return items.length ? [{ ...o, items }] : [];
    }
    return labelOf(o).toLowerCase().includes(needle) ? [o] : [];
  });
}

/**
 * A mock ActionKit on MSW serving the fixture Actions: `GET /actions?format=paragon`
 * (honouring `integrations`), `POST /tools` / `POST /actions` (echoing what was run), and the
 * default `loadOptions` endpoint (`POST /sdk/actions` on the options base URL) serving
 * `test/fixtures/options.json` with server-side search and pages of `MOCK_PAGE_SIZE`.
 */
export function actionKitHandlers(options: MockActionKitOptions = {}, log?: MockActionKitLog): HttpHandler[] {
  const base = `${options.baseUrl ?? MOCK_BASE_URL}/projects/:projectId`;
  const wait = () => (options.latency ? delay(options.latency) : Promise.resolve());
  const list = async ({ request }: { request: Request }) => {
    await wait();
    const url = new URL(request.url);
    log?.lists.push(url);
    const only = url.searchParams.get('integrations')?.split(',').filter(Boolean);
    const actions = Object.fromEntries(Object.entries(allActions).filter(([integration]) => !only || only.includes(integration)));
    return HttpResponse.json({ actions, errors: [] });
  };
  const run = async ({ request }: { request: Request }) => {
    const body = (await request.json()) as { tool?: string; action?: string; parameters?: Record<string, unknown> };
    const tool = body.tool ?? body.action ?? '';
    log?.runs.push({ tool, parameters: body.parameters ?? {}, authorization: request.headers.get('authorization') });
    await wait();
    return HttpResponse.json({ ok: true, tool, id: `run_${log?.runs.length ?? 1}`, received: body.parameters ?? {} });
  };
  const loadOptions = async ({ request }: { request: Request }) => {
    const body = (await request.json()) as {
      action?: string;
      sourceKey?: string;
      parameters?: Array<{ key: string; source?: { value?: unknown } }>;
      paginationParameters?: { pageCursor?: unknown; search?: string };
    };
    const parameters = Object.fromEntries((body.parameters ?? []).map((p) => [p.key, p.source?.value]));
    const search = body.paginationParameters?.search ?? '';
    const cursor = body.paginationParameters?.pageCursor;
    log?.options?.push({ action: body.action ?? '', sourceKey: body.sourceKey ?? '', parameters, search, cursor });
    await wait();
    const source = sources[body.sourceKey ?? ''];
    const all = !source ? [] : Array.isArray(source) ? source : (source.byValue[String(parameters[source.dependsOn])] ?? []);
    const matching = searchOptions(all, search);
    const start = Number(cursor) || 0;
    const end = start + MOCK_PAGE_SIZE;
    return HttpResponse.json({ output: { records: matching.slice(start, end), nextPageCursor: end < matching.length ? end : null } });
  };
  const optionsUrl = `${options.optionsBaseUrl ?? MOCK_OPTIONS_BASE_URL}/projects/:projectId/sdk/actions`;
  return [http.post(optionsUrl, loadOptions), http.get(`${base}/actions`, list), http.get(`${base}/tools`, list), http.post(`${base}/tools`, run), http.post(`${base}/actions`, run)];
}

export const newLog = (): MockActionKitLog => ({ runs: [], lists: [], options: [] });
