/**
 * home: the first screen, what needs the member across every chapter they belong to (the items
 * every feature registers in shared/routing/home-items.ts), and their organisations. What the
 * composition root (src/app/) may use; everything else is private.
 */
export { dexieVisitStore, LastVisits, LastVisitsContext } from "./last-visits.js";
export { homeRoutes } from "./routes.js";
