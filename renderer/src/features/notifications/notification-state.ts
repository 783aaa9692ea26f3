/**
 * What this device keeps of a member's notifications (NOTE2: nothing of it is synced or sent):
 * when it first saw each organisation (NOTE1), which notifications were read, and the member's
 * settings (NOTE3), in the local database's `settings` table.
 */
import type { DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { defineService } from "../../shared/data/define-service.js";
import type { LocalDb } from "../../shared/data/local-db.js";
import { ObservableValue, type Observable } from "../../shared/data/observable-value.js";
import { DEFAULT_SETTINGS, parseSettings, storedSettings, type NotificationSettings } from "./notification-settings.js";

/** Where values are kept on this device, by key. */
export interface DeviceStore {
  /** The stored value, or undefined. Whatever was stored: callers check it. */
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
}

/** A member's notification state on this device. */
export interface MemberNotifications {
  /** False until the stored state is read. */
  readonly loaded: boolean;
  /** The keys of the notifications read. */
  readonly read: ReadonlySet<string>;
  readonly settings: NotificationSettings;
}

const EMPTY: MemberNotifications = Object.freeze({ loaded: false, read: new Set<string>(), settings: DEFAULT_SETTINGS });

const readKey = (member: MemberKey) => `notificationsRead ${member}`;
const settingsKey = (member: MemberKey) => `notificationSettings ${member}`;
const seenKey = (member: MemberKey, organisation: DocumentUrl) => `notificationsSince ${member} ${organisation}`;

/** Each member's notification state on this device, observable; every change is stored at once. */
export class NotificationState {
  readonly #store: DeviceStore;
  readonly #onError: (error: unknown) => void;
  readonly #members = new Map<MemberKey, { readonly value: ObservableValue<MemberNotifications>; readonly loaded: Promise<void> }>();
  readonly #seen = new Map<string, Promise<number>>();

  constructor(store: DeviceStore, onError: (error: unknown) => void) {
    this.#store = store;
    this.#onError = onError;
  }

  /** The member's state (read from the store on first ask; a store that fails to load gives an empty state, the failure to `onError`). */
  of(member: MemberKey): Observable<MemberNotifications> {
    return this.#member(member).value;
  }

  /**
   * When this device first saw `organisation` for `member` (NOTE1): the stored time, else `now`,
   * stored. A stored value that is not a time counts as none; a store that fails gives `now` (the
   * failure to `onError`). Never rejects.
   */
  firstSeen(member: MemberKey, organisation: DocumentUrl, now: number): Promise<number> {
    const key = seenKey(member, organisation);
    let seen = this.#seen.get(key);
    if (seen === undefined) {
      seen = this.#store.load(key).then(
        async (value) => {
          if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
          await this.#store.save(key, now).catch(this.#onError);
          return now;
        },
        (error: unknown) => {
          this.#onError(error);
          return now;
        },
      );
      this.#seen.set(key, seen);
    }
    return seen;
  }

  /** Marks notifications read (shown at once; a failure to store goes to `onError`). */
  async markRead(member: MemberKey, keys: readonly string[]): Promise<void> {
    const entry = this.#member(member);
    await entry.loaded;
    const state = entry.value.get();
    if (keys.every((key) => state.read.has(key))) return;
    const read = new Set([...state.read, ...keys]);
    entry.value.set({ ...state, read });
    await this.#store.save(readKey(member), [...read]).catch(this.#onError);
  }

  /** Replaces the member's settings (shown at once; a failure to store goes to `onError`). */
  async setSettings(member: MemberKey, settings: NotificationSettings): Promise<void> {
    const entry = this.#member(member);
    await entry.loaded;
    entry.value.set({ ...entry.value.get(), settings });
    await this.#store.save(settingsKey(member), storedSettings(settings)).catch(this.#onError);
  }

  #member(member: MemberKey) {
    let entry = this.#members.get(member);
    if (entry === undefined) {
      const value = new ObservableValue(EMPTY);
      const loaded = Promise.all([this.#store.load(readKey(member)), this.#store.load(settingsKey(member))]).then(
        ([read, settings]) => {
          const keys = Array.isArray(read) ? read.filter((key): key is string => typeof key === "string") : [];
          value.set({ loaded: true, read: new Set(keys), settings: parseSettings(settings) });
        },
        (error: unknown) => {
          this.#onError(error);
          value.set({ ...EMPTY, loaded: true });
        },
      );
      entry = { value, loaded };
      this.#members.set(member, entry);
    }
    return entry;
  }
}

/** The values kept in the device-local database's `settings` table (no new schema version). */
export function dexieDeviceStore(db: LocalDb): DeviceStore {
  return {
    load: async (key) => (await db.settings.get(key))?.value,
    save: async (key, value) => {
      await db.settings.put({ key, value });
    },
  };
}

const notificationState = defineService<NotificationState>("useNotificationState");

/** Provides the device's notification state (the app's composition root does). */
export const NotificationStateContext = notificationState.Context;

/** The device's notification state. @throws {Error} outside a `NotificationStateContext` provider. */
export const useNotificationState = notificationState.use;
