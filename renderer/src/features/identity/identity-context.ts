import { defineService } from "../../shared/data/define-service.js";
import type { IdentityManager } from "./identity-manager.js";

const identity = defineService<IdentityManager>("useIdentity");

/** Provides the page's identity (the app's composition root does). */
export const IdentityContext = identity.Context;

/** The page's identity. @throws {Error} outside an `IdentityContext` provider. */
export const useIdentity = identity.use;
