import { useSyncExternalStore } from "react";
import type { Observable } from "./observable-value.js";

/** The current value of an Observable, re-rendering when it changes. */
export function useObservable<T>(observable: Observable<T>): T {
  return useSyncExternalStore(observable.subscribe, observable.get, observable.get);
}
