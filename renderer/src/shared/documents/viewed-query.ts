/**
 * A live query as a screen and its actions use it: seen through `map` (`queryView`), with the two
 * reads an action needs — `refresh` (read now, after pending changes) and `until` (wait for a view
 * that satisfies a predicate) — answered in the view's terms. An organisation, a chapter's
 * proposals and a proposal's votes are each one of these.
 */
import type { Observable } from "../data/observable-value.js";
import type { LiveQuery, QueryState, UntilOptions } from "./live-query.js";
import { queryView } from "./query-view.js";

/** A live query and its view. */
export interface ViewedQuery<T, V> {
  readonly query: LiveQuery<T>;
  /** What the screens show, observable. */
  readonly view: Observable<V>;
  /** Reads now (after pending changes); resolves with the new view. */
  refresh(): Promise<V>;
  /** Resolves with the first view satisfying `predicate`; rejects with an Error saying `what` after `timeoutMs` (with `whileProgressing`, `timeoutMs` without progress). */
  until(predicate: (view: V) => boolean, what: string, timeoutMs: number, options?: UntilOptions): Promise<V>;
}

/** `query` seen through `map`. */
export function viewedQuery<T, V>(query: LiveQuery<T>, map: (state: QueryState<T>) => V): ViewedQuery<T, V> {
  const view = queryView(query, map);
  return {
    query,
    view,
    async refresh() {
      await query.refresh();
      return view.get();
    },
    async until(predicate, what, timeoutMs, options) {
      await query.until(() => predicate(view.get()), what, timeoutMs, options);
      return view.get();
    },
  };
}
