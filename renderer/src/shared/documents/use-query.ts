import { useMemo, useSyncExternalStore } from "react";
import { defineService } from "../data/define-service.js";
import type { DocumentLayer } from "./document-layer.js";
import type { QuerySpec, QueryState } from "./live-query.js";

const documentLayer = defineService<DocumentLayer>("useDocumentLayer");

/** Provides the device's document layer (the app's composition root does). */
export const DocumentLayerContext = documentLayer.Context;

/** The device's document layer. @throws {Error} outside a `DocumentLayerContext` provider. */
export const useDocumentLayer = documentLayer.use;

const LOADING: QueryState<never> = { status: "loading", value: undefined, error: undefined, revision: 0 };
const noSubscribe = () => () => undefined;
const loading = () => LOADING;

/**
 * The state of the live query of `spec` (undefined: none yet, "loading"), re-rendering on every
 * change. Screens asking for the same `spec.key` share one query; it lives while one is shown.
 */
export function useQuery<T>(spec: QuerySpec<T> | undefined): QueryState<T> {
  const layer = useDocumentLayer();
  const key = spec?.key;
  // The key is the query's identity: a new spec object with the same key is the same query.
  const query = useMemo(() => (spec === undefined ? undefined : layer.query(spec)), [layer, key]);
  return useSyncExternalStore(query?.subscribe ?? noSubscribe, query?.get ?? loading, query?.get ?? loading);
}
