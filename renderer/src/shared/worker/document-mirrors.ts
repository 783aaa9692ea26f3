/**
 * The worker's own copy of each document the page reads (PROTOCOL.md D5): the page sends a
 * document's changes once, as bytes (the whole document saved uncompressed the first time, `A.saveSince` the heads the worker
 * holds afterwards), and the worker keeps the document and its snapshot at its latest heads. A
 * read then names documents by URL only: nothing is snapshotted on the page's thread, and no
 * snapshot crosses `postMessage`. What a handler derives from one version of a document (a vote
 * bundle's document, a chokepoint read) is kept beside it until its heads move.
 */
import * as A from "@automerge/automerge";
import { snapshotDocument, type DocumentSnapshot } from "@chapterhouse/crdt/chokepoint";
import { DOCUMENT_TYPES, type DocumentType } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";

/** One document's changes for the worker's copy. */
export interface MirrorUpdate {
  readonly url: DocumentUrl;
  /** The document type's name (`DocumentType.name`). */
  readonly type: string;
  /** The whole document saved (uncompressed: `saveNoCompress`), or `A.saveSince` the heads the worker last confirmed. */
  readonly bytes: Uint8Array;
}

/** Where the worker's copy of a document stands. */
export interface MirrorHeads {
  readonly url: DocumentUrl;
  readonly heads: readonly string[];
}

/** The worker holds no copy of a document a read names: the page sends it whole again. */
export class MirrorMissing extends Error {
  constructor(url: string) {
    super(`the verification worker holds no copy of ${url}`);
    this.name = "MirrorMissing";
  }
}

interface Mirror {
  readonly type: DocumentType;
  doc: A.Doc<unknown>;
  heads: string;
  /** Values derived from the document at `heads`, by name. */
  derived: Map<string, unknown>;
}

const TYPES = new Map<string, DocumentType>(DOCUMENT_TYPES.map((type) => [type.name, type]));

/**
 * A new copy from the page's bytes: `A.load`, about half the work of applying the same bytes as
 * changes to an empty document (`loadIncremental` builds a patch per operation: for a
 * 10,000-ballot vote's boxes, most of the worker's time before any check, issue 10). Bytes that
 * are not a whole history (changes whose dependencies are missing) are applied as changes
 * instead, waiting inside Automerge for their history as before.
 */
function firstCopy(bytes: Uint8Array): A.Doc<unknown> {
  try {
    return A.load<unknown>(bytes);
  } catch {
    return A.loadIncremental(A.init<unknown>(), bytes);
  }
}

/** The worker's copies of the page's documents. */
export class DocumentMirrors {
  readonly #mirrors = new Map<DocumentUrl, Mirror>();

  /**
   * Applies changes to the copy of `update.url` (a new copy when none is held) and returns the
   * heads it now has: the page compares them with what it sent. Changes whose history the copy
   * lacks wait inside Automerge until it arrives, so the heads show it.
   * @throws {TypeError} for an unknown document type, or a held copy of another type.
   * @throws (from Automerge) if the bytes are not Automerge changes.
   */
  apply(update: MirrorUpdate): MirrorHeads {
    const type = TYPES.get(update.type);
    if (type === undefined) throw new TypeError(`no document type ${update.type}`);
    const held = this.#mirrors.get(update.url);
    if (held !== undefined && held.type !== type) throw new TypeError(`${update.url} is a ${held.type.name} document, not a ${type.name}`);
    const doc = held === undefined ? firstCopy(update.bytes) : A.loadIncremental(held.doc, update.bytes);
    const heads = A.getHeads(doc);
    const key = heads.join(",");
    // The document before `loadIncremental` is out of date even when no head moved (changes may wait for their history).
    if (held === undefined) this.#mirrors.set(update.url, { type, doc, heads: key, derived: new Map() });
    else if (held.heads !== key) Object.assign(held, { doc, heads: key, derived: new Map() });
    else held.doc = doc;
    return { url: update.url, heads };
  }

  /** Whether a copy of `url` is held. */
  holds(url: DocumentUrl): boolean {
    return this.#mirrors.has(url);
  }

  /** The type of the copy of `url`. @throws {MirrorMissing} if none is held. */
  type(url: DocumentUrl): DocumentType {
    return this.#mirror(url).type;
  }

  /** The copy of `url` (an Automerge document). @throws {MirrorMissing} if none is held. */
  doc(url: DocumentUrl): A.Doc<unknown> {
    return this.#mirror(url).doc;
  }

  /** The heads of the copy of `url`, joined with commas (a cache key). @throws {MirrorMissing} if none is held. */
  headsKey(url: DocumentUrl): string {
    return this.#mirror(url).heads;
  }

  /** The snapshot (D5) of the copy of `url` at its heads, taken once per heads. @throws {MirrorMissing} if none is held. */
  snapshot(url: DocumentUrl): DocumentSnapshot {
    return this.derived(url, "snapshot", (mirror) => snapshotDocument(mirror.type, mirror.doc));
  }

  /** Whether a value named `name` was derived from the copy of `url` at its current heads. @throws {MirrorMissing} if no copy is held. */
  hasDerived(url: DocumentUrl, name: string): boolean {
    return this.#mirror(url).derived.has(name);
  }

  /**
   * A value derived from the copy of `url` at its current heads, computed once per heads and
   * name. Never throws itself. @throws {MirrorMissing} if no copy is held; whatever `compute` throws.
   */
  derived<T>(url: DocumentUrl, name: string, compute: (mirror: { readonly type: DocumentType; readonly doc: A.Doc<unknown> }) => T): T {
    const mirror = this.#mirror(url);
    if (mirror.derived.has(name)) return mirror.derived.get(name) as T;
    const value = compute(mirror);
    mirror.derived.set(name, value);
    return value;
  }

  /** The value derived under `name` from the copy of `url` at its current heads, if it was; undefined otherwise (or when no copy is held). */
  kept(url: DocumentUrl, name: string): unknown {
    return this.#mirrors.get(url)?.derived.get(name);
  }

  /** Drops every copy (the page sends whole documents again). */
  clear(): void {
    this.#mirrors.clear();
  }

  #mirror(url: DocumentUrl): Mirror {
    const mirror = this.#mirrors.get(url);
    if (mirror === undefined) throw new MirrorMissing(url);
    return mirror;
  }
}
