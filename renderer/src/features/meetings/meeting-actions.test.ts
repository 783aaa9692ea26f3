import type { HostedMeeting } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { RelayKind } from "../../shared/data/connection-settings.js";
import { ObservableValue } from "../../shared/data/observable-value.js";
import type { RelaysSnapshot } from "../../shared/data/relay-manager.js";
import type { RelayUrl } from "../../shared/data/relay-url.js";
import { createBrowserMeetings } from "../../shared/platform/browser-meetings.js";
import type { AllowRelaysResult, Meetings } from "../../shared/platform/platform.js";
import { readJoinAddress } from "./join-address.js";
import { hostMeeting, joinMeeting, stopHostedMeeting, type MeetingDeps } from "./meeting-actions.js";
import { createMemoryMeetingOrganisations } from "./meeting-organisations.js";

const TOKEN = "AbCdEfGhIjKlMnOpQrStUv";
const MEETING: HostedMeeting = {
  name: "Assembly",
  address: "192.168.1.20",
  port: 41234,
  token: TOKEN,
  joinUrl: `http://192.168.1.20:41234/#/join?token=${TOKEN}`,
  relayUrl: `ws://192.168.1.20:41234/?token=${TOKEN}`,
};
const ORG = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;

/** Meetings, relays and a reload counter, as the desktop (`reloadToApply`) or a web page has them. */
function device(options: { pageProtocol?: string; reloadToApply?: boolean; allow?: AllowRelaysResult; meetings?: Meetings } = {}) {
  const events: string[] = [];
  const relays = new ObservableValue<RelaysSnapshot>({ loaded: true, workOffline: false, relays: [] });
  const meetings: Meetings = options.meetings ?? {
    hosting: { type: "available" },
    discovery: { type: "available" },
    interfaces: () => Promise.resolve([]),
    host: () => (events.push("host"), Promise.resolve(MEETING)),
    status: () => Promise.resolve({ type: "idle" }),
    stop: () => (events.push("stop"), Promise.resolve({ type: "stopped" })),
    discover: () => Promise.resolve([]),
  };
  const store = createMemoryMeetingOrganisations();
  const deps: MeetingDeps = {
    platform: {
      pageProtocol: options.pageProtocol ?? "chapterhouse:",
      meetings,
      allowRelays: (list) => {
        events.push(`allow ${list.join(" ")}`);
        return Promise.resolve(options.allow ?? { type: "saved", relays: list, reloadToApply: options.reloadToApply ?? true });
      },
    },
    relays: {
      relays,
      addRelay: (url: string, kind: RelayKind = "relay") => {
        events.push(`add ${kind} ${url}`);
        relays.set({ ...relays.get(), relays: [...relays.get().relays, { url: url as RelayUrl, kind, state: "connecting" }] });
        return Promise.resolve(url as RelayUrl);
      },
      removeRelay: (url: RelayUrl) => {
        events.push(`remove ${url}`);
        relays.set({ ...relays.get(), relays: relays.get().relays.filter((r) => r.url !== url) });
        return Promise.resolve();
      },
    },
    store,
    reload: () => void events.push("reload"),
  };
  return { deps, events, store };
}

describe("meeting actions", () => {
  it("[E8.4] hosting starts the meeting, remembers its organisations, and reloads so the page may reach its relay, which is added after the reload", async () => {
    const { deps, events, store } = device();
    expect(await hostMeeting(deps, { name: "Assembly", address: "192.168.1.20" }, [ORG])).toEqual(MEETING);
    // No connection is tried before the reload: the page's current CSP would refuse it.
    expect(events).toEqual(["host", "reload"]);
    expect(await store.list()).toEqual(new Map([[MEETING.relayUrl, [ORG]]]));
    expect(await store.takeConnectAfterReload()).toBe(MEETING.relayUrl);
    expect(await store.takeConnectAfterReload()).toBeUndefined();
  });

  it("[E8.5] stopping leaves the meeting's relay first, forgets its organisations, then stops the meeting", async () => {
    const { deps, events, store } = device();
    await hostMeeting(deps, { name: "Assembly", address: "192.168.1.20" }, [ORG]);
    await deps.relays.addRelay(MEETING.relayUrl, "meeting"); // after the reload
    events.length = 0;
    expect(await stopHostedMeeting(deps, MEETING)).toEqual({ type: "stopped" });
    expect(events).toEqual([`remove ${MEETING.relayUrl}`, "stop"]);
    expect((await store.list()).size).toBe(0);
  });

  it("[E4.5] a web page cannot host: the platform's reason comes back and nothing is added", async () => {
    const { deps, events } = device({ meetings: createBrowserMeetings(), pageProtocol: "http:" });
    await expect(hostMeeting(deps, { name: "Assembly", address: "192.168.1.20" }, [])).rejects.toThrow(/^hosting-unavailable: .*desktop app/);
    expect(events).toEqual([]);
  });

  it("[E2.4] joining on the desktop allows the relay, adds it and reloads; a web page joins at once", async () => {
    const desktop = device();
    const address = readJoinAddress(MEETING.joinUrl);
    expect(await joinMeeting(desktop.deps, address, [ORG])).toEqual({ type: "joined", relay: MEETING.relayUrl, reloading: true });
    expect(desktop.events).toEqual([`allow ${MEETING.relayUrl}`, "reload"]);
    expect(await desktop.store.list()).toEqual(new Map([[MEETING.relayUrl, [ORG]]]));
    expect(await desktop.store.takeConnectAfterReload()).toBe(MEETING.relayUrl);

    const page = device({ pageProtocol: "http:", reloadToApply: false });
    expect(await joinMeeting(page.deps, address, [])).toEqual({ type: "joined", relay: MEETING.relayUrl, reloading: false });
    expect(page.events).toEqual([`allow ${MEETING.relayUrl}`, `add meeting ${MEETING.relayUrl}`]);
    expect(await page.store.takeConnectAfterReload()).toBeUndefined();
  });

  it("[E2.3] a page served over https opens the join address instead; a relay the desktop refuses is reported and not added", async () => {
    const secure = device({ pageProtocol: "https:" });
    const address = readJoinAddress(MEETING.joinUrl);
    expect(await joinMeeting(secure.deps, address, [])).toMatchObject({ type: "open-instead", joinUrl: MEETING.joinUrl });
    expect(secure.events).toEqual([]);

    const refusing = device({ allow: { type: "invalid", url: MEETING.relayUrl, reason: "not a relay address" } });
    expect(await joinMeeting(refusing.deps, address, [])).toEqual({ type: "refused", reason: `${MEETING.relayUrl}: not a relay address` });
    expect(refusing.events).toEqual([`allow ${MEETING.relayUrl}`]);
  });
});
