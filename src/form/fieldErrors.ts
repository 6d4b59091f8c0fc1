import { useCallback, useSyncExternalStore } from 'react';

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

/** The current message of one field, re-rendering only when it changes. */
export function useFieldError(store: FieldErrorStore, key: string): string | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  const get = () => store.get(key);
  return useSyncExternalStore(subscribe, get, get);
}
