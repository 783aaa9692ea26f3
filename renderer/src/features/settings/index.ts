/**
 * settings: this device's relays and meeting hosts, and what this page can do. What the
 * composition root (src/app/) uses; everything else is private.
 */
export { InsecurePageNotice } from "./InsecurePageNotice.js";
export { settingsPath } from "./paths.js";
export { settingsRoutes } from "./routes.js";
export { VerificationInfoContext, type VerificationInfo } from "./verification-info.js";
