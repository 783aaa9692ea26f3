import type { ReactNode } from "react";
import type { RoutePlace } from "../../shared/routing/route.js";
import { useMemberSpace, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { NO_PROFILES, ProfilesContext } from "./profiles-context.js";

/**
 * Gives the screens of a route the unlocked member and, on the screens of one organisation, its
 * members' profiles (PF5), whose names MemberName shows (PF7).
 */
export function ProfileNames({ place, children }: { readonly place: RoutePlace; readonly children: ReactNode }) {
  const { space } = useMemberSpace();
  if (space === undefined) return <>{children}</>;
  if (place.organisation === undefined) return <ProfilesContext.Provider value={{ ...NO_PROFILES, me: space.member }}>{children}</ProfilesContext.Provider>;
  return (
    <ProfilesOf space={space} organisation={place.organisation}>
      {children}
    </ProfilesOf>
  );
}

function ProfilesOf({ space, organisation, children }: { readonly space: MemberSpace; readonly organisation: string; readonly children: ReactNode }) {
  const { view } = useOrganisation(space, organisation);
  const profiles = view?.profiles ?? NO_PROFILES.profiles;
  return <ProfilesContext.Provider value={{ organisation, profiles, me: space.member }}>{children}</ProfilesContext.Provider>;
}
