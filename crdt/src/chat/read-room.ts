/**
 * Reading a chapter's rooms and one room's pages through the chokepoint (PROTOCOL.md D3, CH), from
 * plain snapshots (D5), as a device shows them. Pass 1 reads the organisation's documents for the
 * rosters every record is judged in (CH1.4, as for proposals, P1.3); pass 2 reads the chapter's
 * `threads` index and each page given with the CH rules as their authorisation step (D3.8).
 */
import { readSnapshot, type Authorise, type DocumentRead } from "../chokepoint/read-document.js";
import type { StoredRecord } from "../chokepoint/record-store.js";
import type { ParsedRecord } from "../records/record.js";
import { THREAD_DOCUMENT } from "../documents/thread.js";
import type { ChapterId, DocumentUrl, RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { organisationDocuments, signedRecordsOf, type LocatedSnapshot, type OrganisationSnapshots, type SignedRead } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { subtreeOf } from "../membership/electorate.js";
import { generalRoom } from "./general-room.js";
import { judgeRoom } from "./judge-room.js";
import { roomOf, type Room } from "./room.js";
import { roomPageAuthorise } from "./room-page-authorise.js";
import { roomReports, type ReportNote } from "./room-reports.js";
import { roomTimeline, type RoomTimeline } from "./room-timeline.js";

/** One page of a room as held on this device. */
export interface PageSnapshot extends LocatedSnapshot {
  readonly n: number;
}

/** What reading a room's pages gives. */
export interface RoomRead {
  /** The room; null when it is not one of the chapter's (its creation record not held, or refused). */
  readonly room: Room | null;
  /** What the pages read show together (CH10), but the messages of pages below `from`, which are read for page 0's pins and pages only. */
  readonly timeline: RoomTimeline;
  /** The page each message of the timeline is on (CH9.3: replies, reactions and hides go there). */
  readonly pageOf: ReadonlyMap<RecordId, number>;
  /** The room's creation record when page 0 was read and lacks it in `origin` (CH9.3), for the app to put there. */
  readonly creation: StoredRecord | null;
  /** The messages of the room (not replies) each page holds, by page number (CH9.5). */
  readonly counts: ReadonlyMap<number, number>;
  /** The valid reports of each item of the pages read (CH13.2), for the moderators. */
  readonly reports: ReadonlyMap<RecordId, readonly ReportNote[]>;
  /** How many values of the pages were refused for their bytes or signature (CH10.4): shown with no name. */
  readonly unverified: number;
  /** Each page through the chokepoint, by page number (for the record store and write-back, D8, D9). */
  readonly pages: ReadonlyMap<number, DocumentRead<"origin" | "pages" | "pins" | "messages">>;
}

/**
 * The rooms of `chapter` in `rosters`, from its Chapter document's `threads` (CH2): the general
 * room first, then the others by name. `reads`: pass 1's read of each document (every
 * signature-valid record, `acceptAll`), whose records are what an authorisation step of the
 * Chapter document is given: the document is not read through the chokepoint a second time.
 */
function chapterRooms(
  organisation: OrganisationSnapshots,
  chapter: ChapterId,
  rosters: CausalRosters,
  reads: ReadonlyMap<DocumentUrl, DocumentRead>,
  creations: Map<RecordId, ParsedRecord> = new Map(),
): Room[] {
  const document = rosters.foldAll().roster.chapters.get(chapter)?.document;
  if (document === undefined || !organisation.chapters.some((entry) => entry.url === document)) return [];
  const rooms: Room[] = [];
  for (const record of reads.get(document)?.records ?? []) {
    if (record.envelope.kind !== "thread") continue;
    const room = roomOf(record);
    if (room?.chapter !== chapter || judgeRoom(room, [record], rosters).verdicts.get(record.id)?.status !== "valid") continue;
    rooms.push(room);
    creations.set(record.id, record);
  }
  return [generalRoom(chapter), ...rooms.sort((a, b) => a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1))];
}

/**
 * The rooms of `chapter` (CH2): its general room, then the rooms created in it.
 * `read`: pass 1's read of each document, as for `readProposals` (`SignedRead`).
 * @throws whatever the verifier or `read` throws (a backend failure); never on document content.
 */
export async function readChapterRooms(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache, read?: SignedRead): Promise<Room[]> {
  const { rosters, reads } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified, read);
  return chapterRooms(organisation, chapter, rosters, reads);
}

/**
 * The rooms of the chapters below `chapter` (M11.1), for its own list: each chapter's general room
 * and the rooms created in it, but those open to invited members only (CH12.4: their members find
 * them in their own chapter), by chapter id, then as `readChapterRooms` orders them.
 * Each room names its chapter, which the list shows.
 * `read`: pass 1's read of each document, as for `readProposals` (`SignedRead`).
 * @throws whatever the verifier or `read` throws (a backend failure); never on document content.
 */
export async function readRoomsBelow(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache, read?: SignedRead): Promise<Room[]> {
  const { rosters, reads } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified, read);
  const below = subtreeOf(rosters.foldAll().roster, chapter).filter((id) => id !== chapter);
  const rooms: Room[] = [];
  for (const id of below) rooms.push(...chapterRooms(organisation, id, rosters, reads).filter((room) => room.access !== "invited"));
  return rooms;
}

/**
 * The room `id` of `chapter` and what the pages given show (CH9, CH10): each page read with the
 * room's rules as its authorisation step, then their records judged together; the messages of
 * pages below `from` are left out of the timeline (page 0 is always read for its pins and pages,
 * CH9.5, but its messages show only once the member pages up to it).
 * `read`: pass 1's read of each document, as for `readProposals` (`SignedRead`).
 * @throws whatever the verifier or `read` throws (a backend failure); never on document content.
 */
export async function readRoom(
  organisation: OrganisationSnapshots,
  chapter: ChapterId,
  id: RecordId,
  pages: readonly PageSnapshot[],
  from: number,
  verifier: Verifier,
  verified: VerifiedIdCache,
  read?: SignedRead,
): Promise<RoomRead> {
  const { rosters, reads } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified, read);
  const creations = new Map<RecordId, ParsedRecord>();
  const room = chapterRooms(organisation, chapter, rosters, reads, creations).find((entry) => entry.id === id) ?? null;
  return readRoomPages(room, room === null ? undefined : creations.get(room.id), pages, from, rosters, verifier, verified);
}

/**
 * What the pages given of `room` show (CH9, CH10), its creation record `made` (undefined for the
 * general room) checked against page 0's `origin`: each page read with `authorise` (the room's
 * rules, CH9; a forum topic's adds its own creation record, FO5.2), then their records judged
 * together; the messages of pages below `from` are left out of the timeline. A null room reads as
 * nothing. The forum reads its topics through this (FO5).
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readRoomPages(
  room: Room | null,
  made: ParsedRecord | undefined,
  pages: readonly PageSnapshot[],
  from: number,
  rosters: CausalRosters,
  verifier: Verifier,
  verified: VerifiedIdCache,
  authorise: (room: Room, rosters: CausalRosters) => Authorise = roomPageAuthorise,
): Promise<RoomRead> {
  const empty = {
    room,
    timeline: roomTimeline({ verdicts: new Map(), valid: [] }),
    pageOf: new Map<RecordId, number>(),
    creation: null,
    counts: new Map<number, number>(),
    reports: new Map<RecordId, readonly ReportNote[]>(),
    unverified: 0,
    pages: new Map<number, DocumentRead<"origin" | "pages" | "pins" | "messages">>(),
  };
  if (room === null) return empty;
  const reads = new Map<number, DocumentRead<"origin" | "pages" | "pins" | "messages">>();
  const counts = new Map<number, number>();
  let unverified = 0;
  for (const page of pages) {
    const read = await readSnapshot(THREAD_DOCUMENT, page.snapshot, verifier, { verified, authorise: authorise(room, rosters) });
    reads.set(page.n, read);
    counts.set(page.n, read.maps.messages.filter((record) => record.envelope.kind === "message" && (record.envelope.body as { root?: unknown }).root === null).length);
    unverified += read.rejections.filter((rejection) => rejection.reason !== "unauthorised" && rejection.reason !== "missing-deps" && rejection.reason !== "malformed").length;
  }
  const pageOf = new Map<RecordId, number>();
  for (const [n, read] of reads) for (const record of read.maps.messages) pageOf.set(record.id, n);
  const judged = judgeRoom(room, [...reads.values()].flatMap((read) => read.records), rosters);
  const all = roomTimeline(judged);
  const shown = (message: { readonly id: RecordId }) => (pageOf.get(message.id) ?? 0) >= from;
  const timeline = { ...all, messages: all.messages.filter(shown), threads: new Map([...all.threads].filter(([root]) => shown({ id: root }))) };
  const head = reads.get(0);
  const creation = head !== undefined && made !== undefined && !head.maps.origin.some((record) => record.id === made.id) ? { id: made.id, text: made.text } : null;
  return { room, timeline, pageOf, creation, counts, reports: roomReports(judged), unverified, pages: reads };
}
