/**
 * The roster as the worker sends it to the page (issue 15): each chapter whole the first time, then
 * only its version while it stays the same. A 20,000-member organisation is read again each time one
 * of its Chapter documents arrives; sending every member at every read made the page deserialise
 * the whole roster each time (60–90 ms in one task). The worker numbers each chapter's content per
 * organisation (`RosterVersions`); the page says which versions it holds (`KeptRoster.versions`) and
 * keeps the chapters it was sent, so a read where one chapter changed carries that chapter alone.
 * The kept chapters are the same objects from read to read, so what a screen derives from one can
 * be kept by it.
 */
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import type { ChapterRoster, Roster } from "@chapterhouse/crdt/membership";

/** A chapter as sent: whole, or only its version when the page said it holds that version. */
export type SentChapter = { readonly version: string; readonly chapter: ChapterRoster } | { readonly version: string; readonly id: ChapterId };

/** A roster as sent: its chapters in the roster's order (ascending id). */
export interface SentRoster {
  readonly chapters: readonly SentChapter[];
}

/** Whether two values of a roster (primitives, arrays, plain objects and Maps of them) are equal. Never throws. */
export function sameRosterValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    const others = b.entries();
    for (const [key, value] of a) {
      const other = others.next().value as [unknown, unknown];
      if (other[0] !== key || !sameRosterValue(value, other[1])) return false;
    }
    return true;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRosterValue(a[i], b[i])) return false;
    return true;
  }
  if (b instanceof Map || Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!sameRosterValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

/** A version no other context gives: the versions of a worker that failed are never taken for the page's. */
function versionPrefix(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The worker's side: the latest version of each chapter of each organisation read. */
export class RosterVersions {
  readonly #prefix = versionPrefix();
  #next = 0;
  readonly #latest = new Map<DocumentUrl, Map<ChapterId, { readonly chapter: ChapterRoster; readonly version: string }>>();

  /**
   * `roster` of `organisation` as sent to a page holding the chapter versions `known`: a chapter
   * equal to the latest one numbered keeps its version, and is sent by version alone if the page
   * holds it. Never throws.
   */
  send(organisation: DocumentUrl, roster: Roster, known: ReadonlySet<string>): SentRoster {
    const previous = this.#latest.get(organisation);
    const latest = new Map<ChapterId, { readonly chapter: ChapterRoster; readonly version: string }>();
    const chapters: SentChapter[] = [];
    for (const [id, chapter] of roster.chapters) {
      const before = previous?.get(id);
      const entry = before !== undefined && sameRosterValue(before.chapter, chapter) ? before : { chapter, version: `${this.#prefix}-${this.#next++}` };
      latest.set(id, entry);
      chapters.push(known.has(entry.version) ? { version: entry.version, id } : { version: entry.version, chapter });
    }
    this.#latest.set(organisation, latest);
    return { chapters };
  }
}

/** A sent chapter's version the page no longer holds (it asks again, holding none). */
export class RosterVersionMissing extends Error {
  constructor(version: string) {
    super(`the page no longer holds the roster chapter version ${version}`);
    this.name = "RosterVersionMissing";
  }
}

/** The page's side: the chapters of the latest roster received, by version. */
export class KeptRoster {
  #chapters = new Map<string, ChapterRoster>();

  /** The versions held, to send with a read. */
  versions(): string[] {
    return [...this.#chapters.keys()];
  }

  /**
   * The roster `sent` stands for, kept as the latest.
   * @throws {RosterVersionMissing} if `sent` names a version not held (nothing kept changes).
   */
  receive(sent: SentRoster): Roster {
    const kept = new Map<string, ChapterRoster>();
    const chapters = new Map<ChapterId, ChapterRoster>();
    for (const entry of sent.chapters) {
      const chapter = "chapter" in entry ? entry.chapter : this.#chapters.get(entry.version);
      if (chapter === undefined) throw new RosterVersionMissing(entry.version);
      kept.set(entry.version, chapter);
      chapters.set(chapter.id, chapter);
    }
    this.#chapters = kept;
    return { chapters };
  }
}
