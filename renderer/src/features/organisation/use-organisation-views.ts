import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useCallback, useMemo, useRef, useSyncExternalStore } from "react";
import type { MemberSpace } from "./member-space.js";
import type { OrganisationView } from "./organisation-query.js";

/**
 * The current views of several organisations (opened in the member's space if needed), in the
 * order of `urls`, re-rendering when any changes.
 */
export function useOrganisationViews(space: MemberSpace, urls: readonly DocumentUrl[]): readonly OrganisationView[] {
  // Keyed by the addresses' text, not by the array's identity (a new array every render).
  const key = urls.join(" ");
  const sessions = useMemo(() => (key === "" ? [] : key.split(" ").map((url) => space.organisation(url as DocumentUrl))), [space, key]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offs = sessions.map((session) => session.view.subscribe(onChange));
      return () => offs.forEach((off) => off());
    },
    [sessions],
  );
  // The same array until a view changes, as useSyncExternalStore needs.
  const last = useRef<readonly OrganisationView[]>([]);
  const snapshot = useCallback(() => {
    const views = sessions.map((session) => session.view.get());
    if (views.length !== last.current.length || views.some((view, i) => view !== last.current[i])) last.current = views;
    return last.current;
  }, [sessions]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
