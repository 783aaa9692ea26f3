import type { MemberKey } from "@chapterhouse/crdt/records";
import { defineService } from "../../shared/data/define-service.js";
import type { LocalDb } from "../../shared/data/local-db.js";

/** Where the time each member last saw the home is kept on this device. */
export interface VisitStore {
  /** The stored time, or undefined. Whatever was stored: callers check it. */
  load(member: MemberKey): Promise<unknown>;
  save(member: MemberKey, at: number): Promise<void>;
}

/**
 * "Since my last visit": the time the home was last shown to the member before this session (a
 * session: this page, from its load to its close; `LastVisits` lives as long). The first showing
 * in a session reads the stored time and keeps it for the whole session, so what was new stays
 * listed while the member comes and goes; every showing stores its own time for the next session.
 */
export class LastVisits {
  readonly #store: VisitStore;
  readonly #onError: (error: unknown) => void;
  readonly #sessions = new Map<MemberKey, Promise<number | undefined>>();

  constructor(store: VisitStore, onError: (error: unknown) => void) {
    this.#store = store;
    this.#onError = onError;
  }

  /**
   * The member's last visit before this session (undefined: none, or a stored value that is not a
   * time), noting `now` as a visit. A store that fails to load counts as no visit, one that fails to
   * save loses only the next session's "since": both go to `onError`, never to the caller.
   */
  async visit(member: MemberKey, now: number): Promise<number | undefined> {
    let since = this.#sessions.get(member);
    if (since === undefined) {
      since = this.#store.load(member).then(
        (value) => (typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined),
        (error: unknown) => {
          this.#onError(error);
          return undefined;
        },
      );
      this.#sessions.set(member, since);
    }
    const value = await since;
    await this.#store.save(member, now).catch(this.#onError);
    return value;
  }
}

/** The times kept in the device-local database's `settings` table, under `homeShown <member key>` (no new schema version). */
export function dexieVisitStore(db: LocalDb): VisitStore {
  const key = (member: MemberKey) => `homeShown ${member}`;
  return {
    load: async (member) => (await db.settings.get(key(member)))?.value,
    save: async (member, at) => {
      await db.settings.put({ key: key(member), value: at });
    },
  };
}

const lastVisits = defineService<LastVisits>("useLastVisits");

/** Provides the device's last visits (the app's composition root does). */
export const LastVisitsContext = lastVisits.Context;

/** The device's last visits. @throws {Error} outside a `LastVisitsContext` provider. */
export const useLastVisits = lastVisits.use;
