import { useCallback, useReducer, useState } from 'react';

/** Validation messages by field key; each field subscribes to its own key only (no fan-out per change). */
export interface FieldErrorStore {
  get(key: string): string | undefined;
  set(key: string, message: string | undefined): void;
  /** Replaces every message at once (a whole-form validation). */
  replace(messages: Record<string, string>): void;
  subscribe(key: string, listener: () => void): () => void;
}

export function createFieldErrorStore(): FieldErrorStore {
  const messages = new Map<string, string>();
  const listeners = new Map<string, Set<() => void>>();
  const notify = (key: string) => listeners.get(key)?.forEach((listener) => listener());
  const set = (key: string, message: string | undefined) => {
    if (messages.get(key) === message) return;
    if (message === undefined) messages.delete(key);
    else messages.set(key, message);
    notify(key);
  };
  return {
    get: (key) => messages.get(key),
    set,
    replace(next) {
      for (const key of [...messages.keys()]) if (!Object.prototype.hasOwnProperty.call(next, key)) set(key, undefined);
      for (const [key, message] of Object.entries(next)) set(key, message);
    },
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}

/**
 * The current message of one field, re-rendering only when it changes, and the ref that subscribes
 * it: put on the field's element, it subscribes at attach time with no effect per field (a branch
 * switch mounts hundreds of fields at once) and unsubscribes when the element goes or is hidden.
 */
export function useFieldError(store: FieldErrorStore, key: string): [string | undefined, (element: HTMLElement | null) => void] {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  const message = store.get(key);
  const [seen] = useState<{ message?: string; unsubscribe?: () => void }>({});
  seen.message = message;
  const ref = useCallback(
    (element: HTMLElement | null) => {
      seen.unsubscribe?.();
      seen.unsubscribe = undefined;
      if (!element) return;
      // a message set between the render and this commit
      if (store.get(key) !== seen.message) changed();
      seen.unsubscribe = store.subscribe(key, changed);
    },
    [store, key, seen],
  );
  return [message, ref];
}
