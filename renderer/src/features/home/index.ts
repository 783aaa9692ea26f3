/**
 * home: the first screen, what needs the member across every chapter they belong to (the items
 * every feature registers in shared/routing/home-items.ts), and their organisations. What the
 * composition root (src/app/) and the notifications (which read the same context) may use;
 * everything else is private.
 */
export { homeReadContext } from "./home-read-context.js";
export { dexieVisitStore, LastVisits, LastVisitsContext } from "./last-visits.js";
export { placeOf } from "./place-of.js";
export { homeRoutes } from "./routes.js";
