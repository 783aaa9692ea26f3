/**
 * A value that changes over time, readable now and observable: the shape React's
 * `useSyncExternalStore` takes. Snapshots are immutable; a new one replaces the old.
 */
export interface Observable<T> {
  /** The current snapshot (the same object until it changes). Needs no `this`. */
  readonly get: () => T;
  /** Calls `listener` after every change; returns the function that unsubscribes. Needs no `this`. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** An observable value its owner can set. The owner keeps the instance; readers get it as `Observable`. */
export class ObservableValue<T> implements Observable<T> {
  #value: T;
  readonly #listeners = new Set<() => void>();

  constructor(initial: T) {
    this.#value = initial;
  }

  get = (): T => this.#value;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Replaces the value and notifies listeners (only if it is a different object or primitive). */
  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const listener of [...this.#listeners]) listener();
  }
}
