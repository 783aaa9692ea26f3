/**
 * profiles: each member's signed profile (PROTOCOL.md PF) — the member's own profile screen, a
 * member's page, and how members are named everywhere. What other features and the composition
 * root (src/app/) may use; everything else is private.
 */
export { MemberName } from "./MemberName.js";
export { memberPath, myProfilePath } from "./paths.js";
export { ProfileNames } from "./ProfileNames.js";
export { ProfilePublisher } from "./profile-publisher.js";
export { ProfilesWorkerContext } from "./profiles-worker.js";
export { profileRoutes } from "./routes.js";
export { profileSearchSources } from "./search-sources.js";
export { useMemberLabel } from "./use-member-label.js";
export { AllProfileNames } from "./AllProfileNames.js";
export { useProfiles } from "./profiles-context.js";
