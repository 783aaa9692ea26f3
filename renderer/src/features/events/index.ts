/**
 * events: a chapter's events (PROTOCOL.md EV) — organising, changing and cancelling, answers and
 * the waiting list, month and list views, .ics files and a chapter's feed, upcoming events on the
 * home and reminders among the notifications. What other features and the composition root
 * (src/app/) may use; everything else is private.
 */
export { EventsWorkerContext } from "./events-worker.js";
export type { EventsWorker } from "./events-query.js";
export { eventHomeItems } from "./home-items.js";
export { eventNotificationSources } from "./notification-sources.js";
export { eventSearchSources } from "./search-sources.js";
export { eventPath } from "./paths.js";
export { eventRoutes } from "./routes.js";
export { eventChapterSections } from "./sections.js";
export { useEvents } from "./use-events.js";
