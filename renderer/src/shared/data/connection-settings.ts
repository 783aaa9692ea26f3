import type { RelayUrl } from "./relay-url.js";

/** What a relay entry is: a standing relay of an organisation, or a meeting host on a LAN. */
export type RelayKind = "relay" | "meeting";

/** One relay or meeting host the member has added on this device. */
export interface RelayEntry {
  readonly url: RelayUrl;
  readonly kind: RelayKind;
  /** When it was added (ms since the epoch), for ordering the list. */
  readonly addedAt: number;
}

/** The device's connection settings at one moment. */
export interface ConnectionSettingsSnapshot {
  /** Relays in the order they were added. */
  readonly relays: readonly RelayEntry[];
  /** When true, no WebSocket is open to any relay. */
  readonly workOffline: boolean;
}

/**
 * The seam between the relay manager and where connection settings are kept: Dexie in the
 * app (shared by every tab of the browser profile), memory in tests. `subscribe` calls the
 * listener whenever the snapshot changes, including changes made by another tab.
 */
export interface ConnectionSettings {
  /** The latest snapshot; `undefined` until the settings have been read once. */
  current(): ConnectionSettingsSnapshot | undefined;
  /** Calls `listener` after every change; returns the function that unsubscribes. */
  subscribe(listener: (snapshot: ConnectionSettingsSnapshot) => void): () => void;
  /** Adds a relay, or changes its kind if present. Rejects if storage fails. */
  putRelay(entry: RelayEntry): Promise<void>;
  /** Forgets a relay; a no-op if absent. Rejects if storage fails. */
  deleteRelay(url: RelayUrl): Promise<void>;
  /** Sets the work-offline switch. Rejects if storage fails. */
  setWorkOffline(on: boolean): Promise<void>;
  /** Stops observing storage; `subscribe` listeners are no longer called. */
  close(): void;
}
