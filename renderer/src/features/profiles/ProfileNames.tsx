import { useMemo, type ReactNode } from "react";
import type { RoutePlace } from "../../shared/routing/route.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { NO_PROFILES, ProfilesContext } from "./profiles-context.js";

/**
 * Gives the screens of a route the unlocked member and, on the screens of one organisation, its
 * members' profiles (PF5), whose names MemberName shows (PF7). Always one provider, so that
 * unlocking or opening an organisation never remounts the screen below it.
 */
export function ProfileNames({ place, children }: { readonly place: RoutePlace; readonly children: ReactNode }) {
  const { space } = useMemberSpace();
  const { organisation } = place;
  const { view } = useOrganisation(organisation === undefined ? undefined : space, organisation ?? "");
  const profiles = view?.profiles ?? NO_PROFILES.profiles;
  const me = space?.member;
  const value = useMemo(() => ({ organisation, profiles, me }), [organisation, profiles, me]);
  return <ProfilesContext.Provider value={value}>{children}</ProfilesContext.Provider>;
}
