import type { ReactNode } from "react";
import { useMemberSpace } from "../identity/use-member-space.js";
import { useOrganisation } from "./use-organisation.js";
import { MemberNamesContext } from "./member-names-context.js";
import type { MemberSpace } from "./member-space.js";
import type { Route } from "../../shared/routing/route-registry.js";

/** The routes that show one organisation. */
const ORGANISATION_ROUTES: ReadonlySet<Route["name"]> = new Set(["organisation", "chapter", "found-chapter", "decisions", "new-proposal", "proposal"]);

/** Gives the screens of an organisation's route the names its members signed (M14). */
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
