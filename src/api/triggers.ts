/** The TriggerKit calls of the ActionKit client: list triggers, manage subscriptions, fetch examples. */
import type { RequestOptions } from './createActionKitClient';
import { listParam } from './listActions';
import { parseDeleteResult, parseExamples, parseSubscription, parseSubscriptionList, parseTriggerList } from './parseTriggers';
import { parseJsonBody, type Requester } from './request';
import type {
  DeleteTriggerSubscriptionResult,
  ListTriggerSubscriptionsFilters,
  ListTriggersFilters,
  SubscribeTriggerRequest,
  SubscriptionList,
  TriggerExampleRecord,
  TriggerExampleRequest,
  TriggerList,
  TriggerSubscription,
  UpdateTriggerSubscriptionRequest,
} from './triggerTypes';

/** The TriggerKit part of `ActionKitClient`. */
export interface TriggerKitClient {
  /** `GET /triggers`: the triggers of the user's integrations. */
  listTriggers(filters?: ListTriggersFilters, options?: RequestOptions): Promise<TriggerList>;
  /** `POST /trigger-subscriptions`; not idempotent, so never retried. */
  subscribeTrigger(request: SubscribeTriggerRequest, options?: RequestOptions): Promise<TriggerSubscription>;
  /** `GET /trigger-subscriptions`: the user's subscriptions (there is no get-by-id). */
  listTriggerSubscriptions(filters?: ListTriggerSubscriptionsFilters, options?: RequestOptions): Promise<SubscriptionList>;
  /** `PATCH /trigger-subscriptions/{id}`: shallow-merges `parameters`, `null` removing a key. */
  updateTriggerSubscription(id: string, patch: UpdateTriggerSubscriptionRequest, options?: RequestOptions): Promise<TriggerSubscription>;
  /** `DELETE /trigger-subscriptions/{id}`. */
  deleteTriggerSubscription(id: string, options?: RequestOptions): Promise<DeleteTriggerSubscriptionResult>;
  /** `POST /triggers/examples`: example event records for the given parameters. */
  triggerExamples(request: TriggerExampleRequest, options?: RequestOptions): Promise<TriggerExampleRecord[]>;
}

/** `?a=1&b=2` from the set values, or '' when none is set. */
const query = (pairs: Array<[string, string | undefined]>): string => {
  const set = pairs.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '');
  return set.length ? `?${set.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
};

const integrationsParam = (integrations: string[] | undefined) => (integrations?.length ? listParam(integrations) : undefined);

/** The body with only the keys that were given, so an absent override is not sent as `undefined`. */
function definedOnly<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Creates the TriggerKit methods; `url(path)` joins a path under the project. */
export function createTriggerClient(request: Requester, url: (path: string) => string): TriggerKitClient {
  const subscriptionUrl = (id: string) => url(`/trigger-subscriptions/${encodeURIComponent(id)}`);
  return {
    async listTriggers(filters = {}, { signal, subject } = {}) {
      const target = url(`/triggers${query([['integrations', integrationsParam(filters.integrations)]])}`);
      return parseTriggerList(parseJsonBody(await request({ method: 'GET', url: target, signal, subject, read: true })));
    },
    async subscribeTrigger({ integration, type, parameters, webhookOverride }, { signal } = {}) {
      const body = definedOnly({ integration, type, parameters, webhookOverride });
      return parseSubscription(parseJsonBody(await request({ method: 'POST', url: url('/trigger-subscriptions'), body, signal })));
    },
    async listTriggerSubscriptions(filters = {}, { signal, subject } = {}) {
      const params = query([
        ['integrations', integrationsParam(filters.integrations)],
        ['status', filters.status === undefined ? undefined : encodeURIComponent(filters.status)],
        ['type', filters.type === undefined ? undefined : encodeURIComponent(filters.type)],
      ]);
      return parseSubscriptionList(parseJsonBody(await request({ method: 'GET', url: url(`/trigger-subscriptions${params}`), signal, subject, read: true })));
    },
    async updateTriggerSubscription(id, { parameters, webhookOverride }, { signal } = {}) {
      const body = definedOnly({ parameters, webhookOverride });
      return parseSubscription(parseJsonBody(await request({ method: 'PATCH', url: subscriptionUrl(id), body, signal })));
    },
    async deleteTriggerSubscription(id, { signal } = {}) {
      const result = await request({ method: 'DELETE', url: subscriptionUrl(id), signal });
      return parseDeleteResult(result.text.trim() === '' ? undefined : parseJsonBody(result));
    },
    async triggerExamples({ type, integration, parameters }, { signal } = {}) {
      const body = definedOnly({ type, integration, parameters });
      return parseExamples(parseJsonBody(await request({ method: 'POST', url: url('/triggers/examples'), body, signal })));
    },
  };
}
