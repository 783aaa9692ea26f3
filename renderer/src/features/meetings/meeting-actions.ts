/**
 * What the meetings screen does (DESIGN.md §7, electron/README.md E8, E9), over the Platform
 * contract and the relay settings, the same code for the desktop and the browser: what one of
 * them cannot do, the Platform says (`meetings.hosting`), and what a page may connect to,
 * `allowRelays` and the page's protocol decide.
 *
 * Connecting to a meeting is adding its relay (kind "meeting", with its token) to this device's
 * relays, and choosing which organisations to sync through it (meeting-organisations.ts). The
 * desktop's page admits a relay only from its next load (its Content-Security-Policy, E2.4), so
 * there the relay is added after the page reloads (MeetingSharing.tsx takes it); a web page
 * connects at once.
 */
import type { HostMeetingOptions, HostedMeeting, StopMeetingResult } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { RelayManager } from "../../shared/data/relay-manager.js";
import { RelayUrlError, parseRelayUrl, type RelayUrl } from "../../shared/data/relay-url.js";
import type { Platform } from "../../shared/platform/platform.js";
import type { MeetingAddress } from "./join-address.js";
import type { MeetingOrganisationStore } from "./meeting-organisations.js";

/** What the meeting actions work with. */
export interface MeetingDeps {
  readonly platform: Pick<Platform, "meetings" | "allowRelays" | "pageProtocol">;
  readonly relays: Pick<RelayManager, "relays" | "addRelay" | "removeRelay">;
  readonly store: MeetingOrganisationStore;
  /** Reloads the page (`location.reload`). */
  readonly reload: () => void;
}

/**
 * Hosts a meeting: starts it, remembers which organisations it syncs and that its relay is to be
 * added, and reloads so the page may connect to it (E2.4: `meetings.host` admits the relay from
 * the page's next load).
 * @throws {Error} "hosting-unavailable: …", "invalid-argument: …" or "meeting-failed: …" from the
 *   platform; a storage failure.
 */
export async function hostMeeting(deps: MeetingDeps, options: HostMeetingOptions, organisations: readonly DocumentUrl[]): Promise<HostedMeeting> {
  const meeting = await deps.platform.meetings.host(options);
  const relay = parseRelayUrl(meeting.relayUrl, deps.platform.pageProtocol);
  await deps.store.set(relay, organisations);
  await deps.store.connectAfterReload(relay);
  deps.reload();
  return meeting;
}

/**
 * Stops the meeting this device hosts: this device leaves its relay first (so nothing is left
 * trying to reach it), forgets its organisations, then the platform stops the announcement and
 * the relay (E8.5).
 * @throws {Error} "meeting-failed: …" if the relay did not close cleanly (the meeting is over
 *   either way); a storage failure.
 */
export async function stopHostedMeeting(deps: MeetingDeps, meeting: HostedMeeting): Promise<StopMeetingResult> {
  const relay = parseRelayUrl(meeting.relayUrl, deps.platform.pageProtocol);
  if (deps.relays.relays.get().relays.some((r) => r.url === relay)) await deps.relays.removeRelay(relay);
  await deps.store.forget(relay);
  return deps.platform.meetings.stop();
}

/** What joining did. */
export type JoinOutcome =
  /** Connected (a web page) or connecting after the reload (the desktop). */
  | { readonly type: "joined"; readonly relay: RelayUrl; readonly reloading: boolean }
  /** This page cannot reach the meeting's relay (a page served over https may not open ws://): open its join address instead. */
  | { readonly type: "open-instead"; readonly joinUrl: string; readonly problem: RelayUrlError["reason"] }
  /** The app refused the address (the desktop's relay rules, E2.3). */
  | { readonly type: "refused"; readonly reason: string };

/**
 * Joins a meeting from its address: allows its relay (the desktop's CSP), remembers the
 * organisations to sync through it, adds the relay, and reloads where the page must.
 * @throws a storage failure, or the platform's failure to save the allowed relays.
 */
export async function joinMeeting(deps: MeetingDeps, address: MeetingAddress, organisations: readonly DocumentUrl[]): Promise<JoinOutcome> {
  let relay: RelayUrl;
  try {
    relay = parseRelayUrl(address.relayUrl, deps.platform.pageProtocol);
  } catch (error) {
    if (error instanceof RelayUrlError) return { type: "open-instead", joinUrl: address.joinUrl, problem: error.reason };
    throw error;
  }
  const current = deps.relays.relays.get().relays.map((r) => r.url);
  const allowed = await deps.platform.allowRelays([...new Set([...current, relay])]);
  if (allowed.type === "invalid") return { type: "refused", reason: `${allowed.url}: ${allowed.reason}` };
  await deps.store.set(relay, organisations);
  if (allowed.reloadToApply) {
    await deps.store.connectAfterReload(relay);
    deps.reload();
  } else {
    await deps.relays.addRelay(relay, "meeting");
  }
  return { type: "joined", relay, reloading: allowed.reloadToApply };
}
