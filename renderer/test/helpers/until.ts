import type { Observable } from "../../src/shared/data/observable-value.js";

/**
 * Resolves with the first value of `observable` (now or after a change) that satisfies
 * `predicate`; rejects with `message` after `timeoutMs`. Waits on change events, not timers.
 */
export function until<T>(
  observable: Observable<T>,
  predicate: (value: T) => boolean,
  message: string,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = (): boolean => {
      const value = observable.get();
      if (!predicate(value)) return false;
      cleanup();
      resolve(value);
      return true;
    };
    const unsubscribe = observable.subscribe(() => void check());
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms: ${message}; last value ${JSON.stringify(observable.get())}`,
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      unsubscribe();
    }
    check();
  });
}
