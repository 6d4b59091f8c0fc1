import type { EnumOption, EnumSection } from '../schema/types';
import { ActionKitError } from './ActionKitError';
import type { LoadOptions, LoadOptionsResult } from './createActionKitClient';
import { isRecord } from '../schema/guards';
import { parseJsonBody, type Requester } from './request';

const isOptionLike = (v: unknown): v is EnumOption | EnumSection =>
  typeof v === 'string' || typeof v === 'number' || isRecord(v);

/** Maps `{ output: Option[] | { records, nextPageCursor } }` to options and the next cursor. */
export function parseOptionsResponse(body: unknown): LoadOptionsResult {
  const output = isRecord(body) ? body.output : undefined;
  const records = Array.isArray(output) ? output : isRecord(output) ? output.records : undefined;
  if (!Array.isArray(records)) throw new ActionKitError({ kind: 'invalidResponse' });
  const result: LoadOptionsResult = { options: records.filter(isOptionLike) };
  const next = isRecord(output) ? output.nextPageCursor : undefined;
  if ((typeof next === 'string' && next !== '') || typeof next === 'number') result.nextCursor = next;
  return result;
}

/** The default `loadOptions`: the Connect SDK's `POST /sdk/actions` call on the options base URL. */
export function createLoadOptions(request: Requester, url: string): LoadOptions {
  return async ({ integration, sourceType, dependencies, search, cursor, signal, subject }) => {
    const body = {
      action: integration,
      sourceKey: sourceType,
      parameters: Object.entries(dependencies).map(([key, value]) => ({ key, source: { type: 'VALUE', value } })),
      paginationParameters: { pageCursor: cursor ?? 0, search },
    };
    return parseOptionsResponse(parseJsonBody(await request({ method: 'POST', url, body, signal, subject, read: true })));
  };
}
