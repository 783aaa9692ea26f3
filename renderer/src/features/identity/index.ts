/**
 * identity: the member's identity on this device (create, restore, unlock, lock), the gate
 * every member's screen sits behind, and the member's space while unlocked. What other
 * features and the composition root (src/app/) may use; everything else is private.
 */
export { IdentityContext, useIdentity } from "./identity-context.js";
export { IdentityGate } from "./IdentityGate.js";
export { IdentityManager, type IdentityState, type Member } from "./identity-manager.js";
export { IdentityStatus } from "./IdentityStatus.js";
export { createIdentityPath, identityPath, restoreIdentityPath } from "./paths.js";
export { rememberPendingJoin } from "./pending-join.js";
export { identityRoutes } from "./routes.js";
export { UnlockPanel } from "./UnlockPanel.js";
