/**
 * A chapter's moderation log read through the chokepoint (PROTOCOL.md MOD2–MOD3): the copies of the
 * hides (CH8) and reports (CH13) of the chapter's rooms and forum topics that their signers put in
 * the log, each judged against the room it names, newest first. Every member reads it.
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { THREAD_DOCUMENT } from "../documents/thread.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { organisationDocuments, signedRecordsOf, type LocatedSnapshot, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { parseChatBody } from "../chat/chat-bodies.js";
import { readChapterRooms } from "../chat/read-room.js";
import { moderatorProblem, roomMemberProblem } from "../chat/room-authority.js";
import type { Room } from "../chat/room.js";
import { readForum } from "../forums/read-forum.js";
import { topicRoom } from "../forums/topic-room.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";

/** One entry of the log (MOD3). */
export interface ModerationEntry {
  readonly id: RecordId;
  /** A hide, a hide taken back ("show"), or a report. */
  readonly action: "hide" | "show" | "report";
  readonly by: MemberKey;
  readonly at: number;
  readonly reason: string;
  /** The room or topic it happened in, and whether it is a forum topic; the chapter's id for its library (MOD2.2, RS9). */
  readonly scope: RecordId;
  readonly place: "room" | "topic" | "library";
  /** The room's name ("" for the general room) or the topic's title. */
  readonly name: string;
  readonly target: RecordId;
}

/** What reading the log gives: its entries newest first, and every record's verdict. */
export interface ModerationLog {
  readonly entries: readonly ModerationEntry[];
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
}

/** MOD2: a copied hide or report, judged against the chapter's room it names. */
function judgeCopy(record: ParsedRecord, rooms: ReadonlyMap<RecordId, { room: Room; place: ModerationEntry["place"] }>, chapter: ChapterId, rosters: CausalRosters): Verdict {
  const { kind, body } = record.envelope;
  if (kind !== "hide" && kind !== "report" && kind !== "resource-hide") return verdict("wrong-context", "MOD2.1", `a ${kind} record is no entry of a moderation log`);
  const parsed = parseChatBody(kind === "resource-hide" ? "hide" : kind, body);
  if (!parsed.ok) return verdict("malformed", "MOD2.1", parsed.problem);
  const found = rooms.get(parsed.body.scope);
  if (found === undefined) return verdict("wrong-context", "MOD2.2", `written for ${parsed.body.scope}, which is no room or topic of this chapter held here`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "MOD2.3", past);
  const authority = kind !== "report" ? moderatorProblem(rosters, record, chapter) : roomMemberProblem(rosters, record, found.room);
  return authority === undefined ? VALID : verdict("ineligible-signer", "MOD2.3", authority);
}

/**
 * The moderation log of `chapter` (MOD3) from its document `log` (MOD1), judged against the
 * chapter's rooms (CH2) and forum topics (FO3) read from the organisation's documents.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readModerationLog(organisation: OrganisationSnapshots, chapter: ChapterId, log: LocatedSnapshot, verifier: Verifier, verified: VerifiedIdCache): Promise<ModerationLog> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const rooms = new Map<RecordId, { room: Room; place: ModerationEntry["place"] }>();
  for (const room of await readChapterRooms(organisation, chapter, verifier, verified)) rooms.set(room.id, { room, place: "room" });
  for (const topic of (await readForum(organisation, chapter, verifier, verified)).topics) rooms.set(topic.id, { room: topicRoom(chapter, topic), place: "topic" });
  // MOD2.2: the chapter's library, named by the chapter's id, where its members add resources (RS4.2) and its moderators hide them (RS9).
  rooms.set(chapter as string as RecordId, { room: { id: chapter as string as RecordId, chapter, name: "", access: "subtree", members: [], creator: null }, place: "library" });
  const verdicts = new Map<RecordId, Verdict>();
  const read = await readSnapshot(THREAD_DOCUMENT, log.snapshot, verifier, {
    verified,
    authorise: (records) => {
      for (const record of records) verdicts.set(record.id, judgeCopy(record, rooms, chapter, rosters));
      // What is not accepted is refused by the chokepoint as unauthorised; its verdict says why.
      return { accepted: records.filter((record) => verdicts.get(record.id)?.status === "valid"), rejections: [] };
    },
  });
  const entries = read.maps.messages.map((record): ModerationEntry => {
    const body = record.envelope.body as { scope: RecordId; target: RecordId; reason: string; hidden?: boolean };
    const found = rooms.get(body.scope)!;
    const action = record.envelope.kind === "report" ? "report" : body.hidden === true ? "hide" : "show";
    return { id: record.id, action, by: record.envelope.signer, at: record.envelope.at, reason: body.reason, scope: body.scope, place: found.place, name: found.room.name, target: body.target };
  });
  return { entries: entries.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)), verdicts };
}
