import { useCallback, useRef, useState } from 'react';
import type { TriggerSubscription } from '../api';

/**
 * The subscription a trigger form edits: the host's `subscription` prop, replaced by the server's
 * answer after each create, update or delete, until the host passes another subscription.
 * Returns the current one, a ref to it for async callbacks, and its setter.
 */
export function useSubscriptionState(prop: TriggerSubscription | undefined) {
  const [state, setState] = useState({ prop, current: prop });
  let current = state.current;
  if (state.prop !== prop) {
    // the host passed a (new version of a) subscription: it wins over what this form last saw
    current = prop;
    setState({ prop, current: prop });
  }
  const ref = useRef(current);
  ref.current = current;
  const set = useCallback((next: TriggerSubscription | undefined) => {
    ref.current = next;
    setState((s) => ({ prop: s.prop, current: next }));
  }, []);
  return [current, ref, set] as const;
}
