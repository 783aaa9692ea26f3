import type { Repo } from "@automerge/automerge-repo";
import type {
  ConnectionSettings,
  ConnectionSettingsSnapshot,
  RelayEntry,
  RelayKind,
} from "./connection-settings.js";
import { ObservableValue, type Observable } from "./observable-value.js";
import type { PeerDirectory } from "./peer-directory.js";
import { RelayConnection, type RelayConnectionStatus } from "./relay-connection.js";
import { parseRelayUrl, type RelayUrl } from "./relay-url.js";

/** The relays as the member sees them. */
export interface RelaysSnapshot {
  /** False until the settings have been read from storage. */
  readonly loaded: boolean;
  readonly workOffline: boolean;
  /** Every relay added, in the order added; while working offline all are "disconnected". */
  readonly relays: readonly RelayConnectionStatus[];
}

/** What the manager needs from its surroundings. */
export interface RelayManagerOptions {
  readonly repo: Repo;
  readonly settings: ConnectionSettings;
  readonly directory: PeerDirectory;
  /** `location.protocol` of the page, to refuse `ws://` from an https page. */
  readonly pageProtocol: string;
  /** Clock for `addedAt`. */
  readonly now: () => number;
  /** Retry interval for unreachable relays (tests shorten it). */
  readonly retryMs?: number;
}

/**
 * Keeps one WebSocket connection per relay the member added, following the stored settings
 * (so every tab of the profile follows them too): adding a relay connects it, removing it
 * closes it, and the work-offline switch closes every WebSocket and, switched back, opens new
 * ones. Relay peers are entered into the PeerDirectory as they introduce themselves, so the
 * share policy knows which relay a peer is.
 */
export class RelayManager {
  readonly #options: RelayManagerOptions;
  readonly #connections = new Map<RelayUrl, RelayConnection>();
  readonly #snapshot = new ObservableValue<RelaysSnapshot>({ loaded: false, workOffline: false, relays: [] });
  #settings: ConnectionSettingsSnapshot | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(options: RelayManagerOptions) {
    this.#options = options;
  }

  /** The relays and their states, observable. */
  get relays(): Observable<RelaysSnapshot> {
    return this.#snapshot;
  }

  /** Starts following the settings. Call once. */
  start(): void {
    this.#unsubscribe = this.#options.settings.subscribe((snapshot) => this.#apply(snapshot));
    const current = this.#options.settings.current();
    if (current !== undefined) this.#apply(current);
  }

  /**
   * Adds a relay (or a meeting host) and connects to it unless working offline.
   * @throws {RelayUrlError} if the address is not a usable ws:// or wss:// URL.
   * @returns the normalised address.
   */
  async addRelay(address: string, kind: RelayKind = "relay"): Promise<RelayUrl> {
    const url = parseRelayUrl(address, this.#options.pageProtocol);
    const entry: RelayEntry = { url, kind, addedAt: this.#options.now() };
    await this.#options.settings.putRelay(entry);
    return url;
  }

  /** Removes a relay and closes its connection. Rejects only if storage fails. */
  async removeRelay(url: RelayUrl): Promise<void> {
    this.#close(url);
    await this.#options.settings.deleteRelay(url);
  }

  /**
   * Switches work-offline on (closes every relay WebSocket now) or off (connects again).
   * Rejects only if storage fails; the switch takes effect in this tab even then.
   */
  async setWorkOffline(on: boolean): Promise<void> {
    if (this.#settings !== undefined) this.#apply({ ...this.#settings, workOffline: on });
    await this.#options.settings.setWorkOffline(on);
  }

  /** Closes every connection and stops following the settings. */
  stop(): void {
    this.#stopped = true;
    this.#unsubscribe?.();
    for (const url of [...this.#connections.keys()]) this.#close(url);
  }

  #apply(settings: ConnectionSettingsSnapshot): void {
    if (this.#stopped) return;
    this.#settings = settings;
    const wanted = new Map(settings.workOffline ? [] : settings.relays.map((r) => [r.url, r] as const));
    for (const [url, connection] of this.#connections) {
      if (wanted.get(url)?.kind !== connection.kind) this.#close(url);
    }
    for (const [url, entry] of wanted) {
      if (!this.#connections.has(url)) this.#open(entry);
    }
    this.#publish();
  }

  #open(entry: RelayEntry): void {
    const { repo } = this.#options;
    const connection = new RelayConnection(
      entry.url,
      entry.kind,
      this.#options.retryMs,
      (documentId) => repo.handles[documentId],
    );
    connection.on("peer-candidate", ({ peerId, peerMetadata }) =>
      this.#options.directory.addRelayPeer({ relay: entry.url, peerId, storageId: peerMetadata.storageId }),
    );
    connection.on("peer-disconnected", ({ peerId }) => this.#options.directory.removeRelayPeer(peerId));
    connection.onStatus(() => this.#publish());
    this.#connections.set(entry.url, connection);
    this.#options.repo.networkSubsystem.addNetworkAdapter(connection);
  }

  #close(url: RelayUrl): void {
    const connection = this.#connections.get(url);
    if (connection === undefined) return;
    this.#connections.delete(url);
    this.#options.repo.networkSubsystem.removeNetworkAdapter(connection);
    connection.close();
    this.#publish();
  }

  #publish(): void {
    const settings = this.#settings;
    if (settings === undefined) return;
    const relays = settings.relays.map(
      (entry): RelayConnectionStatus =>
        this.#connections.get(entry.url)?.status() ?? {
          url: entry.url,
          kind: entry.kind,
          state: "disconnected",
        },
    );
    this.#snapshot.set({ loaded: true, workOffline: settings.workOffline, relays });
  }
}
