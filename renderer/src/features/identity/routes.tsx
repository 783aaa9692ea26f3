import { route } from "../../shared/routing/route.js";
import { CreateIdentityScreen } from "./CreateIdentityScreen.js";
import { IdentityScreen } from "./IdentityScreen.js";
import { createIdentityPath, identityPath, restoreIdentityPath } from "./paths.js";
import { RestoreIdentityScreen } from "./RestoreIdentityScreen.js";

/** The identity's screens, registered by src/app/features.ts. */
export const identityRoutes = [
  route(createIdentityPath, () => <CreateIdentityScreen />),
  route(restoreIdentityPath, () => <RestoreIdentityScreen />),
  route(identityPath, () => <IdentityScreen />),
];
