/**
 * Which organisations this device syncs through which meeting. A relay hears only of the
 * documents of the organisations it serves (DESIGN.md §7: a document URL is a write
 * capability), and a meeting serves the organisations its members choose: the organiser when
 * hosting, each desktop when joining. The choice is device-local, kept in the local database's
 * `settings` table (key `meetingOrganisations`) so that it survives the page reload that
 * connecting to a meeting needs on the desktop (E2.4), and it is forgotten with the meeting.
 * Nothing of it goes into the member's Home document: a meeting's relay address holds its
 * token, and a meeting is over in hours.
 *
 * It also keeps the meeting relay to add once the page has reloaded (key `meetingToConnect`):
 * on the desktop a relay is added only after the reload that lets the page reach it, since a
 * connection tried before would be refused by the page's current Content-Security-Policy.
 */
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { LocalDb } from "../../shared/data/local-db.js";

/** The settings key. */
export const MEETING_ORGANISATIONS = "meetingOrganisations";
/** The settings key of the meeting relay to add after the reload. */
export const MEETING_TO_CONNECT = "meetingToConnect";

/** At most this many meetings are remembered (the oldest are forgotten). */
const MAX_MEETINGS = 16;
/** At most this many organisations per meeting. */
const MAX_ORGANISATIONS = 64;

/** Meeting relay address → the organisations synced through it. */
export type MeetingOrganisations = ReadonlyMap<string, readonly DocumentUrl[]>;

/**
 * The stored value read back: an object of relay address → list of `automerge:` URLs, anything
 * else left out (a value is whatever was stored). Pure; never throws.
 */
export function readMeetingOrganisations(value: unknown): MeetingOrganisations {
  const out = new Map<string, readonly DocumentUrl[]>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [relay, list] of Object.entries(value as Record<string, unknown>)) {
    if (!/^wss?:\/\//.test(relay) || !Array.isArray(list)) continue;
    const urls = list.filter((url): url is DocumentUrl => typeof url === "string" && /^automerge:[1-9A-HJ-NP-Za-km-z]{16,64}$/.test(url));
    out.set(relay, [...new Set(urls)].sort().slice(0, MAX_ORGANISATIONS));
  }
  return out;
}

/** Where the choices are kept. */
export interface MeetingOrganisationStore {
  list(): Promise<MeetingOrganisations>;
  /** Sets the organisations synced through the meeting at `relay` (replacing any earlier choice). */
  set(relay: string, organisations: readonly DocumentUrl[]): Promise<void>;
  forget(relay: string): Promise<void>;
  /** Remembers `relay` to be added to this device's relays once the page has reloaded. */
  connectAfterReload(relay: string): Promise<void>;
  /** The relay remembered by `connectAfterReload`, forgotten as it is given (undefined if none). */
  takeConnectAfterReload(): Promise<string | undefined>;
}

/** The store over the local database's `settings` table. Its methods reject if storage fails. */
export function createDexieMeetingOrganisations(db: LocalDb): MeetingOrganisationStore {
  const read = async () => readMeetingOrganisations((await db.settings.get(MEETING_ORGANISATIONS))?.value);
  const write = (map: MeetingOrganisations) =>
    db.settings.put({ key: MEETING_ORGANISATIONS, value: Object.fromEntries([...map].slice(-MAX_MEETINGS)) });
  return {
    list: read,
    set: (relay, organisations) =>
      db.transaction("rw", db.settings, async () => {
        const map = new Map(await read());
        map.delete(relay); // re-inserted last: the newest
        map.set(relay, [...new Set(organisations)].sort().slice(0, MAX_ORGANISATIONS));
        await write(map);
      }),
    forget: (relay) =>
      db.transaction("rw", db.settings, async () => {
        const map = new Map(await read());
        if (map.delete(relay)) await write(map);
      }),
    connectAfterReload: async (relay) => {
      await db.settings.put({ key: MEETING_TO_CONNECT, value: relay });
    },
    takeConnectAfterReload: () =>
      db.transaction("rw", db.settings, async () => {
        const value = (await db.settings.get(MEETING_TO_CONNECT))?.value;
        if (value === undefined) return undefined;
        await db.settings.delete(MEETING_TO_CONNECT);
        return typeof value === "string" && /^wss?:\/\//.test(value) ? value : undefined;
      }),
  };
}

/** A store in memory, for tests. */
export function createMemoryMeetingOrganisations(): MeetingOrganisationStore {
  const map = new Map<string, readonly DocumentUrl[]>();
  let toConnect: string | undefined;
  return {
    connectAfterReload: (relay) => {
      toConnect = relay;
      return Promise.resolve();
    },
    takeConnectAfterReload: () => {
      const relay = toConnect;
      toConnect = undefined;
      return Promise.resolve(relay);
    },
    list: () => Promise.resolve(new Map(map)),
    set: (relay, organisations) => {
      map.set(relay, [...new Set(organisations)].sort());
      return Promise.resolve();
    },
    forget: (relay) => {
      map.delete(relay);
      return Promise.resolve();
    },
  };
}
