import { routePath } from "../../shared/routing/route-path.js";

/** Your identity: name, key, the recovery phrase again. */
export const identityPath = routePath("/identity");
/** Creating an identity. */
export const createIdentityPath = routePath("/identity/create");
/** Restoring an identity from its recovery phrase. */
export const restoreIdentityPath = routePath("/identity/restore");
