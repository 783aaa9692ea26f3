/**
 * The records of a member's Home document (DESIGN.md §3, PROTOCOL.md D4): which organisations
 * and chapters the member belongs to, signed by the member, so that restoring from the recovery
 * phrase on a new device finds them again through a relay. Anyone who learns the Home
 * document's URL can write to it, so a reader accepts only records signed by the member
 * (`homeAuthorise`) whose bodies are well formed.
 *
 * Bodies (canonical JSON objects with exactly these members):
 * - `home-organisation`: `{ organisation, root, name, relays }`: the Organisation document's
 *   URL, the id of its root chapter (the genesis the member's organisation starts from, M4.2),
 *   its name for display, and the relay addresses (sorted, no repeats, at most 16) that serve it.
 * - `home-chapter`: `{ organisation, chapter, document }`: a chapter the member joined or
 *   founded, its id and its Chapter document's URL.
 * When several records name one organisation (or one chapter), the one with the largest `at`
 * counts, ties by the larger id: `at` is the member's own claim about their own list.
 */
import {
  isObject,
  type Authorise,
  type CanonicalValue,
  type ChapterId,
  type DocumentUrl,
  type MemberKey,
  type ParsedRecord,
  type Rejection,
} from "@chapterhouse/crdt";

/** Kind of the record naming an organisation the member belongs to. */
export const HOME_ORGANISATION = "home-organisation";
/** Kind of the record naming a chapter the member joined or founded. */
export const HOME_CHAPTER = "home-chapter";
/** Most relays one organisation entry lists. */
export const MAX_HOME_RELAYS = 16;

const DOCUMENT_URL = /^automerge:[1-9A-HJ-NP-Za-km-z]{1,64}$/;
const RECORD_ID = /^[A-Za-z0-9_-]{43}$/;

/** An organisation the member belongs to. */
export interface HomeOrganisation {
  readonly organisation: DocumentUrl;
  readonly root: ChapterId;
  readonly name: string;
  readonly relays: readonly string[];
}

/** A chapter the member joined or founded. */
export interface HomeChapter {
  readonly organisation: DocumentUrl;
  readonly chapter: ChapterId;
  readonly document: DocumentUrl;
}

/** What the Home document says, newest entry per organisation and per chapter. */
export interface HomeEntries {
  /** Sorted by name, then URL. */
  readonly organisations: readonly HomeOrganisation[];
  /** Sorted by organisation, then chapter id. */
  readonly chapters: readonly HomeChapter[];
}

function exactly(body: CanonicalValue, members: string[]): body is { readonly [k: string]: CanonicalValue } {
  return isObject(body) && Object.keys(body).sort().join(",") === members.join(",");
}

/** The body of a `home-organisation` record, or undefined if malformed. Never throws. */
export function parseHomeOrganisation(body: CanonicalValue): HomeOrganisation | undefined {
  if (!exactly(body, ["name", "organisation", "relays", "root"])) return undefined;
  const { organisation, root, name, relays } = body;
  if (typeof organisation !== "string" || !DOCUMENT_URL.test(organisation)) return undefined;
  if (typeof root !== "string" || !RECORD_ID.test(root)) return undefined;
  if (typeof name !== "string" || name.length < 1 || name.length > 200) return undefined;
  if (!Array.isArray(relays) || relays.length > MAX_HOME_RELAYS) return undefined;
  for (let i = 0; i < relays.length; i++) {
    const relay: unknown = relays[i];
    if (typeof relay !== "string" || relay.length > 2048) return undefined;
    if (i > 0 && !((relays[i - 1] as string) < relay)) return undefined;
  }
  return { organisation: organisation as DocumentUrl, root: root as ChapterId, name, relays: relays as string[] };
}

/** The body of a `home-chapter` record, or undefined if malformed. Never throws. */
export function parseHomeChapter(body: CanonicalValue): HomeChapter | undefined {
  if (!exactly(body, ["chapter", "document", "organisation"])) return undefined;
  const { organisation, chapter, document } = body;
  if (typeof organisation !== "string" || !DOCUMENT_URL.test(organisation)) return undefined;
  if (typeof chapter !== "string" || !RECORD_ID.test(chapter)) return undefined;
  if (typeof document !== "string" || !DOCUMENT_URL.test(document)) return undefined;
  return { organisation: organisation as DocumentUrl, chapter: chapter as ChapterId, document: document as DocumentUrl };
}

/** The canonical body of a `home-organisation` record (relays sorted, de-duplicated). */
export function homeOrganisationBody(entry: HomeOrganisation): CanonicalValue {
  const relays = [...new Set(entry.relays)].sort().slice(0, MAX_HOME_RELAYS);
  return { organisation: entry.organisation, root: entry.root, name: entry.name, relays };
}

/** The canonical body of a `home-chapter` record. */
export function homeChapterBody(entry: HomeChapter): CanonicalValue {
  return { organisation: entry.organisation, chapter: entry.chapter, document: entry.document };
}

/**
 * The Home document's authorisation step (PROTOCOL.md D3.8): accepts the records signed by
 * `member` whose body is well formed for its kind; refuses the rest as `unauthorised`.
 * Never throws.
 */
export function homeAuthorise(member: MemberKey): Authorise {
  return (records) => {
    const accepted: ParsedRecord[] = [];
    const rejections: Rejection[] = [];
    for (const record of records) {
      const { kind, body, signer } = record.envelope;
      const refuse = (detail: string) => rejections.push({ key: record.id, id: record.id, reason: "unauthorised", detail });
      if (signer !== member) refuse("home: signed by someone other than the Home document's owner");
      else if (kind === HOME_ORGANISATION && parseHomeOrganisation(body) === undefined) refuse("home: malformed home-organisation body");
      else if (kind === HOME_CHAPTER && parseHomeChapter(body) === undefined) refuse("home: malformed home-chapter body");
      else accepted.push(record);
    }
    return { accepted, rejections };
  };
}

function newer(a: ParsedRecord, b: ParsedRecord): boolean {
  return a.envelope.at > b.envelope.at || (a.envelope.at === b.envelope.at && a.id > b.id);
}

/**
 * The member's organisations and chapters from the accepted records of a Home document
 * (as `homeAuthorise` let them through): the newest entry per organisation and per chapter.
 * Never throws; malformed bodies are skipped.
 */
export function homeEntries(records: readonly ParsedRecord[]): HomeEntries {
  const organisations = new Map<string, { record: ParsedRecord; entry: HomeOrganisation }>();
  const chapters = new Map<string, { record: ParsedRecord; entry: HomeChapter }>();
  for (const record of records) {
    if (record.envelope.kind === HOME_ORGANISATION) {
      const entry = parseHomeOrganisation(record.envelope.body);
      const held = entry === undefined ? undefined : organisations.get(entry.organisation);
      if (entry !== undefined && (held === undefined || newer(record, held.record))) organisations.set(entry.organisation, { record, entry });
    } else if (record.envelope.kind === HOME_CHAPTER) {
      const entry = parseHomeChapter(record.envelope.body);
      const key = entry === undefined ? "" : `${entry.organisation} ${entry.chapter}`;
      const held = chapters.get(key);
      if (entry !== undefined && (held === undefined || newer(record, held.record))) chapters.set(key, { record, entry });
    }
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    organisations: [...organisations.values()]
      .map((o) => o.entry)
      .sort((a, b) => byText(a.name, b.name) || byText(a.organisation, b.organisation)),
    chapters: [...chapters.values()]
      .map((c) => c.entry)
      .sort((a, b) => byText(a.organisation, b.organisation) || byText(a.chapter, b.chapter)),
  };
}
