/**
 * A chapter's moderation log read through the chokepoint (PROTOCOL.md MOD2–MOD3): the copies of the
 * hides (CH8) and reports (CH13) of the chapter's rooms, forum topics, blog posts and lessons (and,
 * for the organisation's root, its currents' discussions) that their signers put in the log, each
 * judged against the room it names, newest first. Every member reads it.
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
import { postRoom } from "../blog/post-room.js";
import { readBlog } from "../blog/read-blog.js";
import { currentRoom } from "../currents/current-room.js";
import { readCurrents } from "../currents/read-currents.js";
import { readForum } from "../forums/read-forum.js";
import { topicRoom } from "../forums/topic-room.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";

/** What a room of the log is (MOD2.2): a chat room, a forum topic, a blog post or lesson, a current's discussion. */
export type ModerationPlace = "room" | "topic" | "post" | "lesson" | "current" | "library";

/** One entry of the log (MOD3). */
export interface ModerationEntry {
  readonly id: RecordId;
  /** A hide, a hide taken back ("show"), or a report. */
  readonly action: "hide" | "show" | "report";
  readonly by: MemberKey;
  readonly at: number;
  readonly reason: string;
  /** The room it happened in (MOD2.2), and what that room is. */
  readonly scope: RecordId;
  readonly place: ModerationPlace;
  /** The room's name ("" for the general room), the topic's or post's title, or the current's name; the chapter's id for its library (RS9). */
  readonly name: string;
  readonly target: RecordId;
}

/** What reading the log gives: its entries newest first, and every record's verdict. */
export interface ModerationLog {
  readonly entries: readonly ModerationEntry[];
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
}

/** MOD2: a copied hide or report, judged against the chapter's room it names. */
function judgeCopy(record: ParsedRecord, rooms: ReadonlyMap<RecordId, { room: Room; place: ModerationPlace }>, chapter: ChapterId, rosters: CausalRosters): Verdict {
  const { kind, body } = record.envelope;
  if (kind !== "hide" && kind !== "report" && kind !== "resource-hide") return verdict("wrong-context", "MOD2.1", `a ${kind} record is no entry of a moderation log`);
  const parsed = parseChatBody(kind === "resource-hide" ? "hide" : kind, body);
  if (!parsed.ok) return verdict("malformed", "MOD2.1", parsed.problem);
  const found = rooms.get(parsed.body.scope);
  if (found === undefined) return verdict("wrong-context", "MOD2.2", `written for ${parsed.body.scope}, which is no room, topic, post or current of this chapter held here`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "MOD2.3", past);
  const authority = kind !== "report" ? moderatorProblem(rosters, record, chapter) : roomMemberProblem(rosters, record, found.room);
  return authority === undefined ? VALID : verdict("ineligible-signer", "MOD2.3", authority);
}

/**
 * The moderation log of `chapter` (MOD3) from its document `log` (MOD1), judged against the
 * chapter's rooms (CH2), forum topics (FO3) and blog posts (BL5) read from the organisation's
 * documents, and the discussions of the organisation's currents (CU5) when its Currents document
 * `currents` is given and `chapter` is the root.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readModerationLog(organisation: OrganisationSnapshots, chapter: ChapterId, log: LocatedSnapshot, verifier: Verifier, verified: VerifiedIdCache, currents?: LocatedSnapshot): Promise<ModerationLog> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const rooms = new Map<RecordId, { room: Room; place: ModerationPlace }>();
  for (const room of await readChapterRooms(organisation, chapter, verifier, verified)) rooms.set(room.id, { room, place: "room" });
  for (const topic of (await readForum(organisation, chapter, verifier, verified)).topics) rooms.set(topic.id, { room: topicRoom(chapter, topic), place: "topic" });
  for (const post of (await readBlog(organisation, verifier, verified)).posts.filter((entry) => entry.chapter === chapter)) rooms.set(post.id, { room: postRoom(post), place: post.decisions.length === 0 ? "post" : "lesson" });
  // CU6: a current's discussion is a room of the root; read for any other chapter, every current is of another root (CU2.2) and none is added.
  if (currents !== undefined) for (const current of (await readCurrents(organisation, chapter, currents, verifier, verified)).currents) rooms.set(current.id, { room: currentRoom(chapter, current), place: "current" });
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
