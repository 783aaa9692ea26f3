/**
 * map: the organisation's chapters and events on a world map drawn offline (the land shipped with
 * the app), clustered when close, each leading to its page; the nearest chapter to a point. What
 * other features and the composition root (src/app/) may use; everything else is private.
 */
export { mapChapterSections } from "./sections.js";
export { mapPath } from "./paths.js";
export { mapRoutes } from "./routes.js";
