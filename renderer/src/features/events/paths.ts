import { routePath } from "../../shared/routing/route-path.js";

/** The chapter page's tab of events (a chapter section, PROTOCOL.md EV4.3). */
export const EVENTS_SECTION = "events";

/** One event: `event` is its `event` record's id (EV1). */
export const eventPath = routePath("/org/:organisation/chapter/:chapter/event/:event");
