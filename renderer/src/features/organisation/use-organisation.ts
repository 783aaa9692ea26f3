import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo, useSyncExternalStore } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";
import type { OrganisationView } from "./organisation-query.js";

const NO_VIEW = { get: () => undefined, subscribe: () => () => undefined };

/**
 * The open organisation whose Organisation document id is `organisation` (opened in the
 * member's space if needed) and its current view, re-rendering on every change. `focus` names
 * the chapter on screen, so an organisation not (yet) in the member's Home list still opens
 * that chapter's tree after a reload.
 */
export function useOrganisation(
  space: MemberSpace | undefined,
  organisation: string,
  focus?: ChapterId,
): { readonly session: OpenOrganisation | undefined; readonly view: OrganisationView | undefined } {
  const session = useMemo(
    () => space?.organisation(documentUrlOf(organisation), focus === undefined ? {} : { focus }),
    [space, organisation, focus],
  );
  const observable = session?.view ?? NO_VIEW;
  const view = useSyncExternalStore(observable.subscribe, observable.get, observable.get);
  return { session, view };
}
