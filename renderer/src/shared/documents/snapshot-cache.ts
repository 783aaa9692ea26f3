/**
 * Snapshots (PROTOCOL.md D5, `snapshotDocument`) of the documents the page reads, kept by
 * (document URL, heads): a document whose heads did not change is never snapshotted twice. A
 * snapshot walks every record of its document, which for a ballot box of thousands of ballots
 * takes tens of milliseconds on the page's main thread; the proposal and vote screens read
 * dozens of documents on every change, so without this each read re-walked them all.
 *
 * `snapshotAll` takes several documents and yields to the event loop after every document it
 * had to snapshot, so no single task of the page walks more than one document.
 *
 * Bounded: the least recently used entries beyond `capacity` are dropped. One instance per page
 * (AppData), shared by the screens' sessions.
 */
import type { DocHandle } from "@automerge/automerge-repo";
import { snapshotDocument, type DocumentSnapshot, type DocumentType, type DocumentUrl } from "@chapterhouse/crdt";
import { yieldToEventLoop } from "./yield-to-event-loop.js";

/** A value derived from one version of one document, kept by (URL, heads); least recently used dropped first. */
export class HeadsCache<T> {
  readonly #capacity: number;
  readonly #entries = new Map<string, T>();

  /** `capacity`: how many (document, heads) entries to keep at most (at least 1). */
  constructor(capacity = 512) {
    this.#capacity = Math.max(1, capacity);
  }

  /** The value kept for `url` at `heads`, or undefined. Never throws. */
  get(url: DocumentUrl, heads: readonly string[]): T | undefined {
    const key = keyOf(url, heads);
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Keeps `value` for `url` at `heads`, dropping the least recently used beyond capacity. Never throws. */
  set(url: DocumentUrl, heads: readonly string[], value: T): void {
    const key = keyOf(url, heads);
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** How many entries are kept. */
  get size(): number {
    return this.#entries.size;
  }
}

/** One document to snapshot: where it lives, its type, and its ready handle. */
export interface SnapshotRequest {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  readonly handle: DocHandle<unknown>;
}

/** Snapshots of documents kept by (URL, type, heads). */
export class SnapshotCache {
  readonly #cache: HeadsCache<DocumentSnapshot>;

  /** `capacity`: how many document versions to keep at most. */
  constructor(capacity = 512) {
    this.#cache = new HeadsCache<DocumentSnapshot>(capacity);
  }

  /**
   * The snapshot of a ready document at its current heads, from the cache when it was taken
   * before. Never throws on content (`snapshotDocument` does not).
   */
  snapshot(url: DocumentUrl, type: DocumentType, handle: DocHandle<unknown>): DocumentSnapshot {
    return this.#take(url, type, handle).snapshot;
  }

  /**
   * The snapshots of `requests`, in order, yielding to the event loop after every document that
   * had to be snapshotted (so each task of the page walks one document at most). Never throws on
   * content.
   */
  async snapshotAll(requests: readonly SnapshotRequest[]): Promise<DocumentSnapshot[]> {
    const out: DocumentSnapshot[] = [];
    for (const { url, type, handle } of requests) {
      const { snapshot, fresh } = this.#take(url, type, handle);
      out.push(snapshot);
      if (fresh) await yieldToEventLoop();
    }
    return out;
  }

  #take(url: DocumentUrl, type: DocumentType, handle: DocHandle<unknown>): { snapshot: DocumentSnapshot; fresh: boolean } {
    const heads = [type.name, ...handle.heads()];
    const kept = this.#cache.get(url, heads);
    if (kept !== undefined) return { snapshot: kept, fresh: false };
    const snapshot = snapshotDocument(type, handle.doc());
    this.#cache.set(url, heads, snapshot);
    return { snapshot, fresh: true };
  }
}

function keyOf(url: DocumentUrl, heads: readonly string[]): string {
  return `${url} ${heads.join(",")}`;
}
