/**
 * The roster as the worker sends it to the page (issue 15): each chapter whole the first time, then
 * only its version while it stays the same. A 20,000-member organisation is read again each time one
 * of its Chapter documents arrives; sending every member at every read made the page deserialise
 * the whole roster each time (60–90 ms in one task). The worker numbers each chapter's content per
 * organisation (`RosterVersions`); the page says which versions it holds (`KeptRoster.versions`) and
 * keeps the chapters it was sent, so a read where one chapter changed carries that chapter alone.
 * The kept chapters are the same objects from read to read, so what a screen derives from one can
 * be kept by it.
 * A page may also bound how much of the roster one answer carries whole (`most` members): the
 * first read of a 100,000-member organisation sent every chapter whole in one answer, and the page
 * took one task of hundreds of milliseconds to deserialise it. The chapters past the bound are
 * withheld; the page holds the part it was sent (`KeptRoster.hold`) and asks again, naming the
 * versions it now holds, until an answer withholds nothing.
 */
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import type { ChapterRoster, Roster } from "@chapterhouse/crdt/membership";

/** A chapter as sent: whole, or only its version when the page said it holds that version. */
export type SentChapter = { readonly version: string; readonly chapter: ChapterRoster } | { readonly version: string; readonly id: ChapterId };

/** A roster as sent: its chapters in the roster's order (ascending id). */
export interface SentRoster {
  /** Every chapter, or, when some are withheld, only the chapters sent whole. */
  readonly chapters: readonly SentChapter[];
  /** How many chapters this answer withheld (the bound reached); absent or 0: the whole roster. */
  readonly withheld?: number;
}

/** Whether a sent roster is a part: it withholds chapters (the page holds it and asks again). */
export function isRosterPart(roster: SentRoster): roster is SentRoster & { readonly withheld: number } {
  return (roster.withheld ?? 0) > 0;
}

/** How much of a chapter's roster an answer carries: its members, roles and invites, and itself. */
export function chapterWeight(chapter: ChapterRoster): number {
  return 1 + chapter.members.size + chapter.roles.length + chapter.invites.length;
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
   * holds it. With `most`, the chapters the page does not hold are sent whole until their weight
   * (`chapterWeight`) reaches `most` (at least one is sent); the others are withheld, and the
   * answer then lists only the chapters sent whole. Never throws.
   */
  send(organisation: DocumentUrl, roster: Roster, known: ReadonlySet<string>, most = Infinity): SentRoster {
    const previous = this.#latest.get(organisation);
    const latest = new Map<ChapterId, { readonly chapter: ChapterRoster; readonly version: string }>();
    const chapters: SentChapter[] = [];
    let weight = 0;
    let withheld = 0;
    for (const [id, chapter] of roster.chapters) {
      const before = previous?.get(id);
      const entry = before !== undefined && sameRosterValue(before.chapter, chapter) ? before : { chapter, version: `${this.#prefix}-${this.#next++}` };
      latest.set(id, entry);
      if (known.has(entry.version)) chapters.push({ version: entry.version, id });
      else if (weight < most) {
        chapters.push({ version: entry.version, chapter });
        weight += chapterWeight(chapter);
      } else withheld++;
    }
    this.#latest.set(organisation, latest);
    return withheld === 0 ? { chapters } : { chapters: chapters.filter((entry) => "chapter" in entry), withheld };
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

  /** Holds the chapters a part of a roster (`withheld` > 0) sent whole, beside those held; they count in `versions`. Never throws. */
  hold(sent: SentRoster): void {
    for (const entry of sent.chapters) if ("chapter" in entry) this.#chapters.set(entry.version, entry.chapter);
  }

  /** Holds nothing more (a page asking again holding none). */
  forget(): void {
    this.#chapters = new Map();
  }

  /**
   * The roster `sent` stands for, kept as the latest (the chapters held but not in it are let go).
   * @throws {RosterVersionMissing} if `sent` names a version not held (nothing kept changes).
   * @throws {TypeError} if `sent` withheld chapters (a part: `hold` it and ask again; nothing kept changes).
   */
  receive(sent: SentRoster): Roster {
    if ((sent.withheld ?? 0) > 0) throw new TypeError(`a roster part withholding ${sent.withheld} chapters is not a whole roster`);
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
