import type { DocumentId, PeerId, SharePolicy } from "@automerge/automerge-repo";
import type { PeerDirectory } from "../data/peer-directory.js";
import type { RelayUrl } from "../data/relay-url.js";

/**
 * Which documents this device announces to which relay (DESIGN.md §7): a relay serves one
 * organisation and hears only of that organisation's documents, because a document URL is a
 * write capability. The organisation screens feed it; nothing is announced by default.
 * The caller owns the instance; `onChange` listeners run after every change (the app calls
 * `repo.shareConfigChanged()` there so open documents start or stop syncing).
 */
export class DocumentAnnouncements {
  readonly #byRelay = new Map<RelayUrl, Set<DocumentId>>();
  /** Named groups (one per organisation): relay → documents, replaced whole by `setGroup`. */
  readonly #groups = new Map<string, ReadonlyMap<RelayUrl, ReadonlySet<DocumentId>>>();
  /** Named sets announced to every relay (the member's Home document). */
  readonly #everywhere = new Map<string, ReadonlySet<DocumentId>>();
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

  /**
   * Replaces what the group `name` (one organisation) announces: for each relay it uses, that
   * organisation's documents. Groups add up: a relay serving two organisations hears of both.
   * An empty map removes the group. Notifies only when something changed.
   */
  setGroup(name: string, byRelay: ReadonlyMap<RelayUrl, Iterable<DocumentId>>): void {
    const next = new Map<RelayUrl, ReadonlySet<DocumentId>>();
    for (const [relay, documents] of byRelay) next.set(relay, new Set(documents));
    if (sameGroup(this.#groups.get(name), next)) return;
    if (next.size === 0) this.#groups.delete(name);
    else this.#groups.set(name, next);
    this.#changed();
  }

  /**
   * Replaces the documents the set `name` announces to every relay, whichever it is: the
   * member's own Home document, which restoring on a new device must find through any relay.
   * Notifies only when something changed.
   */
  setEverywhere(name: string, documents: Iterable<DocumentId>): void {
    const next = new Set(documents);
    const current = this.#everywhere.get(name);
    if (current !== undefined && sameSet(current, next)) return;
    if (current === undefined && next.size === 0) return;
    if (next.size === 0) this.#everywhere.delete(name);
    else this.#everywhere.set(name, next);
    this.#changed();
  }

  /** Stops announcing anything to `relay` (groups and sets for every relay are kept). */
  forgetRelay(relay: RelayUrl): void {
    if (this.#byRelay.delete(relay)) this.#changed();
  }

  /** True when `document` is announced to `relay`. */
  announces(relay: RelayUrl, document: DocumentId): boolean {
    if (this.#byRelay.get(relay)?.has(document) === true) return true;
    for (const group of this.#groups.values()) if (group.get(relay)?.has(document) === true) return true;
    for (const set of this.#everywhere.values()) if (set.has(document)) return true;
    return false;
  }

  /** The documents announced to `relay`, sorted. */
  documentsFor(relay: RelayUrl): DocumentId[] {
    const all = new Set<DocumentId>(this.#byRelay.get(relay) ?? []);
    for (const group of this.#groups.values()) for (const id of group.get(relay) ?? []) all.add(id);
    for (const set of this.#everywhere.values()) for (const id of set) all.add(id);
    return [...all].sort();
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

function sameSet(a: ReadonlySet<DocumentId>, b: ReadonlySet<DocumentId>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function sameGroup(
  a: ReadonlyMap<RelayUrl, ReadonlySet<DocumentId>> | undefined,
  b: ReadonlyMap<RelayUrl, ReadonlySet<DocumentId>>,
): boolean {
  if (a === undefined) return b.size === 0;
  if (a.size !== b.size) return false;
  for (const [relay, set] of a) {
    const other = b.get(relay);
    if (other === undefined || !sameSet(set, other)) return false;
  }
  return true;
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
