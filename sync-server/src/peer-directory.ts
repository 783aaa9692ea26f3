import type { PeerId } from "@automerge/automerge-repo";

/** One connection's id in the relay's Repo, and what it restamps that connection's presence with. */
export interface AssignedPeer {
  readonly peerId: PeerId;
  readonly number: number;
}

const PREFIX = "peer-";
/** The `sessionId` of every ephemeral message the relay passes on (W1.7). */
export const RELAY_EPHEMERAL_SESSION = "relay";

/**
 * The ids the relay's Repo knows connections by (PROTOCOL.md W1.7). A peer chooses its own id,
 * and whoever syncs a document with it learns that id from its presence messages, so a chosen
 * id proves nothing and must never be something another connection can take away. Each joined
 * connection gets an id of the relay's own instead, `peer-<n>` with n the lowest number no open
 * connection holds: a new connection can't pick it, and the Repo's state per peer stays bounded
 * by the number of connections open at once.
 *
 * Presence (ephemeral) messages are restamped per assigned id: one session, and a count that
 * only grows, also across connections that reuse a number, so the Repo's and the clients'
 * duplicate filters (keyed by sender and session) never drop a new message and hold one entry
 * per number.
 */
export class PeerDirectory {
  readonly #taken = new Set<number>();
  readonly #ephemeralCounts = new Map<number, number>();

  /** @param reserved an id no connection may be given: the relay's own. */
  constructor(private readonly reserved: string) {}

  /** The lowest free id. */
  assign(): AssignedPeer {
    let number = 1;
    while (this.#taken.has(number) || `${PREFIX}${number}` === this.reserved) number += 1;
    this.#taken.add(number);
    return { peerId: `${PREFIX}${number}` as PeerId, number };
  }

  /** Frees an id once its connection closed. */
  release(peer: AssignedPeer): void {
    this.#taken.delete(peer.number);
  }

  /** The next `count` for an ephemeral message from `peer`. */
  nextEphemeralCount(peer: AssignedPeer): number {
    const count = (this.#ephemeralCounts.get(peer.number) ?? 0) + 1;
    this.#ephemeralCounts.set(peer.number, count);
    return count;
  }
}
