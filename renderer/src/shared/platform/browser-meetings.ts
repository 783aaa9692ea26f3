/**
 * Meetings in a plain browser page: neither hosting nor discovery is possible. A web page
 * cannot open a listening socket (so it cannot run the relay phones connect to) and cannot
 * hear mDNS; only the desktop app can (electron/README.md E8, E9). What a page can do is join
 * a meeting from its join address or QR code (`#/join?token=…`, data/served-relay.ts).
 */
import type { Meetings } from "./platform.js";

/** Why a web page cannot host a meeting, shown to the member as is. */
export const BROWSER_HOSTING_REASON =
  "A web page cannot run the small server that phones and laptops in the room connect to, so hosting a meeting needs the Chapterhouse desktop app.";

/** Why a web page cannot list the meetings on its network, shown to the member as is. */
export const BROWSER_DISCOVERY_REASON =
  "A web page cannot hear the meetings announced on this network: open the join address or scan the QR code the organiser shows.";

/** The Meetings of a web page: unavailable, explained; calls that would host reject "hosting-unavailable: …". */
export function createBrowserMeetings(): Meetings {
  return {
    hosting: { type: "unavailable", reason: BROWSER_HOSTING_REASON },
    discovery: { type: "unavailable", reason: BROWSER_DISCOVERY_REASON },
    interfaces: () => Promise.resolve([]),
    host: () => Promise.reject(new Error(`hosting-unavailable: ${BROWSER_HOSTING_REASON}`)),
    status: () => Promise.resolve({ type: "idle" }),
    stop: () => Promise.resolve({ type: "not-hosting" }),
    discover: () => Promise.resolve([]),
  };
}
