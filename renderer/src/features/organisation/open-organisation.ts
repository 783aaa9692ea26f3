import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import type { Observable } from "../../shared/data/observable-value.js";
import type { DocumentLayer } from "../../shared/documents/document-layer.js";
import type { LiveQuery } from "../../shared/documents/live-query.js";
import { queryView } from "../../shared/documents/query-view.js";
import { emptyOrganisationView, organisationQuery, type OrganisationHints, type OrganisationView, type OrganisationWorker } from "./organisation-query.js";

/** An organisation open in the member's space: its live query, as the screens and actions use it. */
export interface OpenOrganisation {
  readonly url: DocumentUrl;
  readonly query: LiveQuery<OrganisationView>;
  /** The organisation as last read (an empty "loading" view before), observable. */
  readonly view: Observable<OrganisationView>;
  /** Reads now (after pending changes); resolves with the new view. */
  refresh(): Promise<OrganisationView>;
  /** Resolves with the first view satisfying `predicate`; rejects with an Error saying `what` after `timeoutMs`. */
  until(predicate: (view: OrganisationView) => boolean, what: string, timeoutMs: number): Promise<OrganisationView>;
  /** Learns the root (a Home entry's) if none is known, or a chapter of interest (a join link's). */
  hint(hints: { readonly root?: ChapterId; readonly focus?: ChapterId }): void;
}

/** Opens the organisation at `url` through the document layer; the query lives while `release` is not called. */
export function openOrganisation(layer: DocumentLayer, worker: OrganisationWorker, url: DocumentUrl, hints: OrganisationHints): { readonly organisation: OpenOrganisation; readonly release: () => void } {
  const query = layer.query(organisationQuery(worker, url, hints));
  const release = query.retain();
  const initial = emptyOrganisationView(url, hints.root);
  const view = queryView(query, (state) => (state.value === undefined ? initial : { ...state.value, revision: state.revision }));
  const current = async (): Promise<OrganisationView> => {
    await query.refresh();
    return view.get();
  };
  const organisation: OpenOrganisation = {
    url,
    query,
    view,
    refresh: current,
    async until(predicate, what, timeoutMs) {
      await query.until(() => predicate(view.get()), what, timeoutMs);
      return view.get();
    },
    hint({ root, focus }) {
      let changed = false;
      if (root !== undefined && hints.root === undefined) [hints.root, changed] = [root, true];
      if (focus !== undefined && focus !== hints.focus) [hints.focus, changed] = [focus, true];
      if (changed) query.invalidate();
    },
  };
  return { organisation, release };
}
