import { useEffect, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import type { MemberSpace } from "../organisation/index.js";
import type { HeldProfile } from "./own-profile.js";

/**
 * The member's newest profile across the organisations in their Home document (PF5.3), read
 * again whenever any of those organisations changes; and how many organisations there are.
 */
export function useOwnProfile(space: MemberSpace): { readonly held: HeldProfile; readonly organisations: number; readonly loaded: boolean } {
  const home = useObservable(space.homeView);
  const [, setRevision] = useState(0);
  useEffect(() => {
    const stops = home.entries.organisations.map((entry) =>
      space.organisation(entry.organisation, { root: entry.root }).view.subscribe(() => setRevision((revision) => revision + 1)),
    );
    return () => stops.forEach((stop) => stop());
  }, [space, home]);
  return { held: space.profile.held(), organisations: home.entries.organisations.length, loaded: home.loaded };
}
