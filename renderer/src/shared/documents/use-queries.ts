import { useCallback, useMemo, useRef, useSyncExternalStore } from "react";
import type { QuerySpec, QueryState } from "./live-query.js";
import { useDocumentLayer } from "./use-query.js";

/**
 * The states of the live queries of `specs` (one per organisation, say: as many as there are),
 * re-rendering on a change of any. Like `useQuery`, a query is shared by key and lives while shown.
 */
export function useQueries<T>(specs: readonly QuerySpec<T>[]): readonly QueryState<T>[] {
  const layer = useDocumentLayer();
  const keys = specs.map((spec) => spec.key).join("\n");
  // The keys are the queries' identity: new spec objects with the same keys are the same queries.
  const queries = useMemo(() => specs.map((spec) => layer.query(spec)), [layer, keys]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const offs = queries.map((query) => query.subscribe(listener));
      return () => offs.forEach((off) => off());
    },
    [queries],
  );
  const last = useRef<readonly QueryState<T>[]>([]);
  const snapshot = useCallback(() => {
    const states = queries.map((query) => query.get());
    const same = states.length === last.current.length && states.every((state, i) => state === last.current[i]);
    if (!same) last.current = states;
    return last.current;
  }, [queries]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
