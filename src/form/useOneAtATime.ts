import { useCallback, useRef } from 'react';

/**
 * Wraps async work so that a call while one is still running (a double click, a host calling
 * `submit()` twice) or while `isDisabled()` is dropped: one click, one request.
 */
export function useOneAtATime(isDisabled: () => boolean) {
  const running = useRef(false);
  const disabled = useRef(isDisabled);
  disabled.current = isDisabled;
  return useCallback(async (work: () => Promise<void>) => {
    if (running.current || disabled.current()) return;
    running.current = true;
    try {
      await work();
    } finally {
      running.current = false;
    }
  }, []);
}
