import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import type { DocumentLayer } from "../../shared/documents/document-layer.js";
import { viewedQuery, type ViewedQuery } from "../../shared/documents/viewed-query.js";
import { emptyOrganisationView, organisationQuery, type OrganisationHints, type OrganisationView, type OrganisationWorker } from "./organisation-query.js";

/** An organisation open in the member's space: its live query, as the screens and actions use it (its view: an empty "loading" one before the first read). */
export interface OpenOrganisation extends ViewedQuery<OrganisationView, OrganisationView> {
  readonly url: DocumentUrl;
  /** Learns the root (a Home entry's) if none is known, or a chapter of interest (a join link's): read again only when that can change the tree read. */
  hint(hints: { readonly root?: ChapterId; readonly focus?: ChapterId }): void;
}

/** Opens the organisation at `url` through the document layer; the query lives while `release` is not called. */
export function openOrganisation(layer: DocumentLayer, worker: OrganisationWorker, url: DocumentUrl, hints: OrganisationHints): { readonly organisation: OpenOrganisation; readonly release: () => void } {
  const query = layer.query(organisationQuery(worker, url, hints));
  const release = query.retain();
  const initial = emptyOrganisationView(url, hints.root);
  const organisation: OpenOrganisation = {
    url,
    ...viewedQuery(query, (state) => (state.value === undefined ? initial : { ...state.value, revision: state.revision })),
    hint({ root, focus }) {
      let changed = false;
      if (root !== undefined && hints.root === undefined) [hints.root, changed] = [root, true];
      // A focus only says where the tree starts while no root is known: once one is, a chapter
      // page opened in the organisation reads nothing again (every query resting on the
      // organisation — the home's, the bell's, the blog's — would read again after it).
      if (focus !== undefined && focus !== hints.focus) [hints.focus, changed] = [focus, changed || hints.root === undefined];
      if (changed) query.invalidate();
    },
  };
  return { organisation, release };
}
