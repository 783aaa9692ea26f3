import type { OrganisationView } from "./organisation-query.js";

/** Why an organisation cannot be shown yet: still opening, or not on this device and not arriving. */
export type OrganisationPendingState = "opening" | "unavailable";

/** Where an organisation stands before it can be read; undefined once it can. Never throws. */
export function organisationPendingState(view: OrganisationView | undefined): OrganisationPendingState | undefined {
  if (view === undefined || (view.state === "loading" && view.revision === 0)) return "opening";
  if (view.state === "unavailable") return "unavailable";
  return undefined;
}

/** English, for the screens not yet translated: what to show while an organisation is not (yet) readable; undefined once it is. */
export function organisationPending(view: OrganisationView | undefined): string | undefined {
  switch (organisationPendingState(view)) {
    case "opening":
      return "Opening the organisation…";
    case "unavailable":
      return "This organisation is not on this device yet and no relay has sent it. Check that a relay serving it is connected (Settings).";
    case undefined:
      return undefined;
  }
}
