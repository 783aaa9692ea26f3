import type { Observable } from "../data/observable-value.js";
import type { LiveQuery, QueryState } from "./live-query.js";

/**
 * A live query seen through `map` (the shape a screen already takes), as an Observable: the same
 * object until the query's state changes, so React re-renders only on a change. Subscribing keeps
 * the query alive.
 */
export function queryView<T, V>(query: LiveQuery<T>, map: (state: QueryState<T>) => V): Observable<V> {
  let last: QueryState<T> | undefined;
  let view: V;
  return {
    get: () => {
      const state = query.get();
      if (state !== last) {
        last = state;
        view = map(state);
      }
      return view;
    },
    subscribe: query.subscribe,
  };
}
