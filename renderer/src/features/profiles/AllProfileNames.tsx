import { useMemo, useSyncExternalStore, type ReactNode } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "../organisation/index.js";
import { mergedProfiles } from "./merged-profiles.js";
import { ProfilesContext } from "./profiles-context.js";

/**
 * Gives screens that belong to no organisation (private conversations) the members' profiles of
 * every organisation of the member's (PROTOCOL.md PF5), so a member of any of them is named and can
 * be chosen: where two organisations know a member, the first one's profile names them (links go
 * to their page there).
 */
export function AllProfileNames({ space, children }: { readonly space: MemberSpace; readonly children: ReactNode }) {
  const urls = useObservable(space.homeView).entries.organisations.map((entry) => entry.organisation);
  const sessions = useMemo(() => urls.map((url) => space.organisation(url)), [space, urls.join(" ")]);
  const store = useMemo(() => mergedProfiles(sessions), [sessions]);
  const profiles = useSyncExternalStore(store.subscribe, store.get, store.get);
  const organisation = urls[0] === undefined ? undefined : documentIdOf(urls[0]);
  const me = space.member;
  const value = useMemo(() => ({ organisation, profiles, me }), [organisation, profiles, me]);
  return <ProfilesContext.Provider value={value}>{children}</ProfilesContext.Provider>;
}
