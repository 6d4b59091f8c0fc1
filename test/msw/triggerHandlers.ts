import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { TriggerDefinition, TriggerSubscription, WebhookOverride } from '../../src/api';
import triggersJson from '../fixtures/triggers.json';
import { MOCK_BASE_URL } from './actionKitHandlers';

type Records = Array<Record<string, unknown>>;
type ExampleSource = Records | { dependsOn: string; byValue: Record<string, Records> };

/** A subscription the mock starts with, and the integration it belongs to. */
export type MockSubscriptionSeed = TriggerSubscription & { integration: string };

/** The fixture trigger definitions, by integration. */
export const mockTriggers = triggersJson.triggers as unknown as Record<string, TriggerDefinition[]>;
/** The subscriptions every mock starts with unless told otherwise (one of them `ERRORED`). */
export const mockSubscriptionSeeds = triggersJson.subscriptions as unknown as MockSubscriptionSeed[];
const examples = triggersJson.examples as unknown as Record<string, ExampleSource>;
/** Parameter values the mock accepts but answers with an `ERRORED` subscription: `{ [parameterId]: { [value]: error } }`. */
export const mockRejectedValues = triggersJson.rejectedValues as Record<string, Record<string, string>>;

export interface MockTriggerKitOptions {
  baseUrl?: string;
  /** Delay before each answer, in ms. */
  latency?: number;
  /** The subscriptions the mock starts with (default `mockSubscriptionSeeds`). */
  subscriptions?: MockSubscriptionSeed[];
}

/** TriggerKit requests the mock received, for tests that assert exact payloads. */
export interface MockTriggerKitLog {
  triggerLists: URL[];
  subscriptionLists: URL[];
  /** Bodies of `POST /trigger-subscriptions`, exactly as sent. */
  subscribes: unknown[];
  updates: Array<{ id: string; body: unknown }>;
  deletes: string[];
  examples: unknown[];
}

export const newTriggerLog = (): MockTriggerKitLog => ({ triggerLists: [], subscriptionLists: [], subscribes: [], updates: [], deletes: [], examples: [] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOverride = (v: unknown): v is WebhookOverride => isRecord(v) && typeof v.url === 'string' && v.url !== '';
const BAD_OVERRIDE = 'webhookOverride.url must be a URL.';

const findTrigger = (integration: unknown, type: unknown): TriggerDefinition | undefined =>
  typeof integration === 'string' && typeof type === 'string' ? mockTriggers[integration]?.find((t) => t.type === type) : undefined;

const nameOf = (p: { id: string; title?: string; label?: unknown }) => p.title ?? (typeof p.label === 'string' ? p.label : p.id);

/** The message for the first required top-level parameter that is missing, if any. */
function missingRequired(trigger: TriggerDefinition, parameters: Record<string, unknown>): string | undefined {
  const missing = trigger.parameters.find((p) => p.required && (parameters[p.id] === undefined || parameters[p.id] === null || parameters[p.id] === ''));
  return missing && `"${nameOf(missing)}" is required.`;
}

/** The error a subscription with these parameters fails with, if the mock rejects one of its values. */
function rejection(parameters: Record<string, unknown>): string | undefined {
  for (const [id, byValue] of Object.entries(mockRejectedValues)) {
    const value = parameters[id];
    if (typeof value === 'string' && Object.hasOwn(byValue, value)) return byValue[value];
  }
  return undefined;
}

/** Sets `status` and `error` from the parameters, as the real service does after setting up. */
function withStatus(subscription: TriggerSubscription): TriggerSubscription {
  const { error: _previous, ...rest } = subscription;
  const error = rejection(subscription.parameters);
  return error ? { ...rest, status: 'ERRORED', error } : { ...rest, status: 'ACTIVE' };
}

/** SPEC's shallow merge: provided keys overwrite (arrays replace), `null` removes a key. */
function mergeParameters(previous: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const next = { ...previous };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

function examplesFor(type: string, parameters: Record<string, unknown>): Records | string {
  const source = examples[type];
  if (!source || Array.isArray(source)) return source ?? [];
  const value = parameters[source.dependsOn];
  if (value === undefined || value === null || value === '') return `"${source.dependsOn}" is required to load example records.`;
  return source.byValue[String(value)] ?? [];
}

/**
 * A stateful mock TriggerKit on MSW: `GET /triggers`, `POST /triggers/examples` and the
 * `/trigger-subscriptions` endpoints. Subscriptions created, updated and deleted live in memory
 * per handler set; PATCH applies the shallow merge (`null` removes a key, arrays replace).
 * Subscribing with a value in `mockRejectedValues` answers an `ERRORED` subscription; deleting an
 * `ERRORED` one answers a `warning`.
 */
export function triggerHandlers(options: MockTriggerKitOptions = {}, log?: MockTriggerKitLog): HttpHandler[] {
  const base = `${options.baseUrl ?? MOCK_BASE_URL}/projects/:projectId`;
  const wait = () => (options.latency ? delay(options.latency) : Promise.resolve());
  const store = new Map<string, MockSubscriptionSeed>(structuredClone(options.subscriptions ?? mockSubscriptionSeeds).map((s) => [s.id, s]));
  let created = 0;
  let requestCount = 0;
  /** An error body shaped like ActionKit's. */
  const failure = (status: number, message: string) =>
    HttpResponse.json({ message, code: String(40000 + status), status, meta: { requestId: `req-trg-${++requestCount}` } }, { status });
  const publicView = ({ integration: _integration, ...subscription }: MockSubscriptionSeed): TriggerSubscription => subscription;
  const readBody = async (request: Request): Promise<unknown> => request.json().catch(() => undefined);

  const listTriggers = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    log?.triggerLists.push(url);
    await wait();
    const only = url.searchParams.get('integrations')?.split(',').filter(Boolean);
    return HttpResponse.json({ triggers: Object.fromEntries(Object.entries(mockTriggers).filter(([i]) => !only || only.includes(i))), errors: [] });
  };

  const listSubscriptions = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    log?.subscriptionLists.push(url);
    await wait();
    const only = url.searchParams.get('integrations')?.split(',').filter(Boolean);
    const status = url.searchParams.get('status');
    const type = url.searchParams.get('type');
    const groups: Record<string, TriggerSubscription[]> = {};
    for (const s of store.values()) {
      if ((only && !only.includes(s.integration)) || (status && s.status !== status) || (type && s.type !== type)) continue;
      (groups[s.integration] ??= []).push(publicView(s));
    }
    return HttpResponse.json({ triggers: groups });
  };

  const subscribe = async ({ request }: { request: Request }) => {
    const body = await readBody(request);
    log?.subscribes.push(body);
    await wait();
    if (!isRecord(body) || typeof body.integration !== 'string' || typeof body.type !== 'string') return failure(400, 'integration and type are required.');
    const trigger = findTrigger(body.integration, body.type);
    if (!trigger) return failure(404, `Trigger "${body.type}" was not found for ${body.integration}.`);
    if (body.webhookOverride !== undefined && !isOverride(body.webhookOverride)) return failure(400, BAD_OVERRIDE);
    const parameters = isRecord(body.parameters) ? body.parameters : {};
    const missing = missingRequired(trigger, parameters);
    if (missing) return failure(400, missing);
    const subscription: MockSubscriptionSeed = {
      integration: body.integration,
      ...withStatus({
        id: `7d0c6a52-1f3e-4b8a-9e21-${String(++created).padStart(12, '0')}`,
        type: body.type,
        parameters,
        status: 'ACTIVE',
        dateCreated: new Date().toISOString(),
        dateLastReceivedEvent: null,
        credentialId: request.headers.get('X-Paragon-Credential') ?? `cred-${body.integration}-1`,
      }),
    };
    if (isOverride(body.webhookOverride)) subscription.webhookOverride = body.webhookOverride;
    store.set(subscription.id, subscription);
    return HttpResponse.json(publicView(subscription));
  };

  const update = async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const id = String(params.id);
    const body = await readBody(request);
    log?.updates.push({ id, body });
    await wait();
    const current = store.get(id);
    if (!current) return failure(404, 'Trigger subscription not found.');
    if (!isRecord(body)) return failure(400, 'The body must be an object.');
    if (body.webhookOverride != null && !isOverride(body.webhookOverride)) return failure(400, BAD_OVERRIDE);
    const next: MockSubscriptionSeed = { ...current };
    if (isRecord(body.parameters)) next.parameters = mergeParameters(current.parameters, body.parameters);
    if (body.webhookOverride === null) delete next.webhookOverride;
    else if (isOverride(body.webhookOverride)) next.webhookOverride = body.webhookOverride;
    const trigger = findTrigger(current.integration, current.type);
    const missing = trigger && missingRequired(trigger, next.parameters);
    if (missing) return failure(400, missing);
    const updated = { integration: current.integration, ...withStatus(next) };
    store.set(id, updated);
    return HttpResponse.json(publicView(updated));
  };

  const remove = async ({ params }: { params: Record<string, string | readonly string[] | undefined> }) => {
    const id = String(params.id);
    log?.deletes.push(id);
    await wait();
    const current = store.get(id);
    if (!current) return failure(404, 'Trigger subscription not found.');
    store.delete(id);
    if (current.status !== 'ERRORED') return HttpResponse.json({ success: true });
    return HttpResponse.json({ success: true, warning: 'The subscription was removed, but its listener could not be cleaned up in the integration.' });
  };

  const example = async ({ request }: { request: Request }) => {
    const body = await readBody(request);
    log?.examples.push(body);
    await wait();
    if (!isRecord(body) || !findTrigger(body.integration, body.type)) return failure(404, 'Trigger not found.');
    const records = examplesFor(body.type as string, isRecord(body.parameters) ? body.parameters : {});
    return typeof records === 'string' ? failure(400, records) : HttpResponse.json(records);
  };

  return [
    http.get(`${base}/triggers`, listTriggers),
    http.post(`${base}/triggers/examples`, example),
    http.get(`${base}/trigger-subscriptions`, listSubscriptions),
    http.post(`${base}/trigger-subscriptions`, subscribe),
    http.patch(`${base}/trigger-subscriptions/:id`, update),
    http.delete(`${base}/trigger-subscriptions/:id`, remove),
  ];
}
