import type { ReactNode } from "react";
import { useMemberSpace } from "./use-member-space.js";
import { useOrganisation } from "./use-organisation.js";
import { MemberNamesContext } from "./member-names-context.js";
import type { MemberSpace } from "./member-space.js";
import type { RoutePlace } from "../../shared/routing/route.js";

/** Gives the screens of a route that shows one organisation the names in its members' profiles (PF7). */
export function OrganisationNames({ place, children }: { readonly place: RoutePlace; readonly children: ReactNode }) {
  const { space } = useMemberSpace();
  if (space === undefined || place.organisation === undefined) return <>{children}</>;
  return (
    <NamesOf space={space} organisation={place.organisation}>
      {children}
    </NamesOf>
  );
}

function NamesOf({ space, organisation, children }: { readonly space: MemberSpace; readonly organisation: string; readonly children: ReactNode }) {
  const { view } = useOrganisation(space, organisation);
  return view === undefined ? <>{children}</> : <MemberNamesContext.Provider value={view.names}>{children}</MemberNamesContext.Provider>;
}
