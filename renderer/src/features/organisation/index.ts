/**
 * organisation: the member's space and their organisations (chapters, members, invites,
 * joining), the Home document that lists them. What other features and the composition root
 * (src/app/) may use; everything else is private.
 */
export { Breadcrumb } from "./Breadcrumb.js";
export type { HomeView } from "./home-query.js";
export { YourOrganisations } from "./HomeScreen.js";
export { organisationHomeItems } from "./invite-home-items.js";
export { MemberSpace } from "./member-space.js";
export { MemberSpaceContext } from "./member-space-context.js";
export type { OpenOrganisation } from "./open-organisation.js";
export { organisationPending, organisationPendingState, type OrganisationPendingState } from "./organisation-pending.js";
export { OrganisationPending } from "./OrganisationPending.js";
export { OrganisationsNav } from "./OrganisationsNav.js";
export type { OrganisationView, OrganisationWorker } from "./organisation-query.js";
export { chapterPath, chapterSectionPath, foundChapterPath, homePath, joinPath, organisationPath, startOrganisationPath } from "./paths.js";
export { RequireUnlocked } from "./RequireUnlocked.js";
export { organisationRoutes } from "./routes.js";
export { organisationChapterSections } from "./sections.js";
export { useMemberSpace } from "./use-member-space.js";
export { useOrganisation } from "./use-organisation.js";
