import { startTransition, useEffect, useState } from "react";
import type { Observable } from "./observable-value.js";

/**
 * The current value of an Observable, re-rendering when it changes — as a React transition: the
 * screen it changes is rendered in slices of a few milliseconds and shown when done, where
 * `useObservable` (`useSyncExternalStore`) renders it in one synchronous task. For a value whose
 * screen is large (a 10,000-ballot vote's verdict, tally and panel, issue 10). A new `observable`
 * is read at once.
 */
export function useObservableTransition<T>(observable: Observable<T>): T {
  const [shown, setShown] = useState(() => ({ observable, value: observable.get() }));
  useEffect(() => {
    const update = () => {
      const value = observable.get();
      startTransition(() => setShown((last) => (last.observable === observable && Object.is(last.value, value) ? last : { observable, value })));
    };
    const unsubscribe = observable.subscribe(update);
    // A change between the render and this subscription.
    update();
    return unsubscribe;
  }, [observable]);
  return shown.observable === observable ? shown.value : observable.get();
}
