import type { DocumentId, PeerId, SharePolicy } from "@automerge/automerge-repo";
import type { PeerDirectory } from "./peer-directory.js";
import type { RelayUrl } from "./relay-url.js";

/**
 * Which documents this device announces to which relay (DESIGN.md §7): a relay serves one
 * organisation and hears only of that organisation's documents, because a document URL is a
 * write capability. The organisation screens feed it; nothing is announced by default.
 * The caller owns the instance; `onChange` listeners run after every change (the app calls
 * `repo.shareConfigChanged()` there so open documents start or stop syncing).
 */
export class DocumentAnnouncements {
  readonly #byRelay = new Map<RelayUrl, Set<DocumentId>>();
  readonly #listeners = new Set<() => void>();

  /** Replaces the set of documents announced to `relay`. */
  setDocuments(relay: RelayUrl, documents: Iterable<DocumentId>): void {
    this.#byRelay.set(relay, new Set(documents));
    this.#changed();
  }

  /** Adds documents to those announced to `relay` (e.g. a new proposal of its organisation). */
  addDocuments(relay: RelayUrl, documents: Iterable<DocumentId>): void {
    const set = this.#byRelay.get(relay) ?? new Set<DocumentId>();
    for (const id of documents) set.add(id);
    this.#byRelay.set(relay, set);
    this.#changed();
  }

  /** Stops announcing anything to `relay`. */
  forgetRelay(relay: RelayUrl): void {
    if (this.#byRelay.delete(relay)) this.#changed();
  }

  /** True when `document` is announced to `relay`. */
  announces(relay: RelayUrl, document: DocumentId): boolean {
    return this.#byRelay.get(relay)?.has(document) ?? false;
  }

  /** The documents announced to `relay`, sorted. */
  documentsFor(relay: RelayUrl): DocumentId[] {
    return [...(this.#byRelay.get(relay) ?? [])].sort();
  }

  /** Calls `listener` after every change; returns the function that unsubscribes. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/**
 * The Repo's share policy (`sharePolicy(peerId, documentId)`): announce every document to other
 * tabs of this profile (same device, same storage); announce to a relay only the documents
 * mapped to it; announce nothing to any other peer. A peer may still *request* a document by id
 * (automerge-repo's access policy stays open): knowing the URL is the capability.
 */
export function createSharePolicy(
  directory: PeerDirectory,
  announcements: DocumentAnnouncements,
): SharePolicy {
  return (peerId: PeerId, documentId?: DocumentId) => {
    if (directory.isTab(peerId)) return Promise.resolve(true);
    const relay = directory.relayOf(peerId);
    if (relay === undefined || documentId === undefined) return Promise.resolve(false);
    return Promise.resolve(announcements.announces(relay, documentId));
  };
}
