import type { ReactNode } from "react";
import { useMemberSpace } from "../app/use-member-space.js";
import { useOrganisation } from "../app/use-organisation.js";
import { MemberNamesContext } from "../components/member-names-context.js";
import type { MemberSpace } from "../organisation/member-space.js";
import type { Route } from "../routing/routes.js";

/** The routes that show one organisation. */
const ORGANISATION_ROUTES: ReadonlySet<Route["name"]> = new Set(["organisation", "chapter", "found-chapter", "decisions", "new-proposal", "proposal"]);

/** Gives the screens of an organisation's route the names in its members' profiles (PF7). */
export function OrganisationNames({ route, children }: { readonly route: Route; readonly children: ReactNode }) {
  const { space } = useMemberSpace();
  if (space === undefined || !ORGANISATION_ROUTES.has(route.name) || !("organisation" in route) || route.organisation === undefined) return <>{children}</>;
  return (
    <NamesOf space={space} organisation={route.organisation}>
      {children}
    </NamesOf>
  );
}

function NamesOf({ space, organisation, children }: { readonly space: MemberSpace; readonly organisation: string; readonly children: ReactNode }) {
  const { view } = useOrganisation(space, organisation);
  return view === undefined ? <>{children}</> : <MemberNamesContext.Provider value={view.names}>{children}</MemberNamesContext.Provider>;
}
