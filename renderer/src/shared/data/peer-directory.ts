import type { PeerId, StorageId } from "@automerge/automerge-repo";
import type { RelayUrl } from "./relay-url.js";

/** A connected relay peer as its WebSocket connection reported it. */
export interface RelayPeer {
  readonly relay: RelayUrl;
  readonly peerId: PeerId;
  /** The relay's storage id (absent if it keeps nothing). */
  readonly storageId: StorageId | undefined;
}

/**
 * Who the Repo's peers are: other tabs of this browser profile (BroadcastChannel) or relays
 * (one WebSocket each). Peer ids are self-declared, so this map is filled from the transport a
 * peer arrived on, never from what it claims; the share policy and the "not yet shared" count
 * read it. The caller owns the instance.
 */
export class PeerDirectory {
  readonly #tabs = new Set<PeerId>();
  readonly #relays = new Map<PeerId, RelayPeer>();
  /** Storage ids ever seen from a relay, kept after it disconnects so acknowledgements still count. */
  readonly #relayStorage = new Set<StorageId>();

  /** Records that `peerId` arrived over the tab channel. */
  addTab(peerId: PeerId): void {
    this.#tabs.add(peerId);
  }

  /** Forgets a tab peer. */
  removeTab(peerId: PeerId): void {
    this.#tabs.delete(peerId);
  }

  /** Records that `peer.peerId` arrived over the connection to `peer.relay`. */
  addRelayPeer(peer: RelayPeer): void {
    this.#relays.set(peer.peerId, peer);
    if (peer.storageId !== undefined) this.#relayStorage.add(peer.storageId);
  }

  /** Forgets a relay peer (its storage id stays known). */
  removeRelayPeer(peerId: PeerId): void {
    this.#relays.delete(peerId);
  }

  /** True when `peerId` is another tab of this profile. */
  isTab(peerId: PeerId): boolean {
    return this.#tabs.has(peerId);
  }

  /** The relay `peerId` is connected through, if it is a relay peer. */
  relayOf(peerId: PeerId): RelayUrl | undefined {
    return this.#relays.get(peerId)?.relay;
  }

  /** True when `storageId` belongs to a relay this device has been connected to. */
  isRelayStorage(storageId: StorageId): boolean {
    return this.#relayStorage.has(storageId);
  }

  /** The relay peers connected now. */
  relayPeers(): RelayPeer[] {
    return [...this.#relays.values()];
  }
}
