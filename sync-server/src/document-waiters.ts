import type { DocumentId, PeerId } from "@automerge/automerge-repo";

/**
 * Peers that asked for a document the relay did not hold and were told so (PROTOCOL.md W3.8).
 * The Repo's own record of such a request (a handle, a synchronizer, caches) costs tens of
 * kilobytes and is never released, so the relay drops it and keeps only this: when the
 * document arrives later, the share policy offers it to these peers, as automerge-repo would
 * have. A peer's entries go when it leaves; each peer keeps at most `maxPerPeer` (as many as
 * the new documents a connection may name, W3.5).
 */
export class DocumentWaiters {
  readonly #byPeer = new Map<PeerId, Set<DocumentId>>();

  constructor(private readonly maxPerPeer: number) {}

  /** Records that `peerId` waits for `documentId`; beyond `maxPerPeer` it is not recorded. */
  add(documentId: DocumentId, peerId: PeerId): void {
    let documents = this.#byPeer.get(peerId);
    if (documents === undefined) this.#byPeer.set(peerId, (documents = new Set()));
    if (documents.size < this.maxPerPeer) documents.add(documentId);
  }

  /** True if `peerId` was told the relay lacked `documentId` and has not left since. */
  has(documentId: DocumentId, peerId: PeerId): boolean {
    return this.#byPeer.get(peerId)?.has(documentId) === true;
  }

  /** Forgets everything `peerId` waited for (it left). */
  release(peerId: PeerId): void {
    this.#byPeer.delete(peerId);
  }

  /** Pairs recorded, for tests and metrics. */
  get size(): number {
    let size = 0;
    for (const documents of this.#byPeer.values()) size += documents.size;
    return size;
  }
}
