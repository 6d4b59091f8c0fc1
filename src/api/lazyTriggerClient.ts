import type { Requester } from './request';
import type { TriggerKitClient } from './triggers';

type MethodName = keyof TriggerKitClient;
// a method added to TriggerKitClient and missing here fails to compile
const METHODS: Record<MethodName, true> = {
  listTriggers: true, subscribeTrigger: true, listTriggerSubscriptions: true,
  updateTriggerSubscription: true, deleteTriggerSubscription: true, triggerExamples: true,
};

/**
 * The TriggerKit methods, loaded on their first call: a host that renders only ActionForm does not
 * download the trigger client and its response parsers up front.
 */
export function lazyTriggerClient(request: Requester, url: (path: string) => string): TriggerKitClient {
  let loaded: Promise<TriggerKitClient> | undefined;
  const real = () => (loaded ??= import('./triggers').then((m) => m.createTriggerClient(request, url)));
  const client: Partial<Record<MethodName, unknown>> = {};
  for (const name of Object.keys(METHODS) as MethodName[]) {
    client[name] = async (...args: unknown[]) => ((await real())[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  return client as TriggerKitClient;
}
