import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { allActions } from '../fixtures';

/** Where the mock ActionKit answers (the library's default base URL). */
export const MOCK_BASE_URL = 'https://actionkit.useparagon.com';

export interface MockActionKitOptions {
  baseUrl?: string;
  /** Delay before each answer, in ms (the demo uses a realistic one; tests none). */
  latency?: number;
}

/** Requests the mock received, for tests that assert exact payloads. */
export interface MockActionKitLog {
  runs: Array<{ tool: string; parameters: Record<string, unknown>; authorization: string | null }>;
  lists: URL[];
}

/**
 * A mock ActionKit on MSW serving the fixture Actions: `GET /actions?format=paragon`
 * (honouring `integrations`) and `POST /tools` / `POST /actions` (echoing what was run).
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
  return [http.get(`${base}/actions`, list), http.get(`${base}/tools`, list), http.post(`${base}/tools`, run), http.post(`${base}/actions`, run)];
}

export const newLog = (): MockActionKitLog => ({ runs: [], lists: [] });
