/**
 * The records of a room judged (PROTOCOL.md CH1–CH8): each record's verdict, in the order CH1.5
 * gives. Records that refer to a message (a reply, an edit, a deletion, a reaction) are judged
 * against the valid messages among the same records: a page holds its messages and what refers to
 * them (CH9.3). Never throws on record content.
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseChatBody, type ChatBody, type ChatKind, type MessageBody } from "./chat-bodies.js";
import { CHAT_SPECS } from "./kinds.js";
import { moderatorProblem, roomMemberProblem } from "./room-authority.js";
import type { Room } from "./room.js";

/** A record and its parsed body. */
export interface ChatRecord<B extends ChatBody = ChatBody> {
  readonly record: ParsedRecord;
  readonly body: B;
}

/** The verdicts of a room's records, and the valid ones with their bodies. */
export interface RoomJudgement {
  /** Every record given, by id. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** The valid records, in the order given. */
  readonly valid: readonly ChatRecord[];
}

const CHAT_KINDS: readonly string[] = CHAT_SPECS.map((spec) => spec.kind);

/** The rule of each kind's own checks. */
const RULE: Readonly<Record<ChatKind, string>> = Object.freeze({
  thread: "CH2",
  "thread-page": "CH3",
  message: "CH4",
  "message-edit": "CH5",
  "message-delete": "CH5",
  reaction: "CH6",
  pin: "CH7",
  hide: "CH8",
  report: "CH13",
});

/** CH1.1–CH1.4 and the checks that need no other chat record: a body, or a verdict. */
function judgeAlone(record: ParsedRecord, room: Room, rosters: CausalRosters): ChatRecord | Verdict {
  const { kind, body: raw, signer } = record.envelope;
  if (!CHAT_KINDS.includes(kind)) return verdict("wrong-context", "CH1.1", `a ${kind} record is no record of a room`);
  const parsed = parseChatBody(kind as ChatKind, raw);
  if (!parsed.ok) return verdict("malformed", "CH1.1", parsed.problem);
  const body = parsed.body;
  // CH1.3: a record counts only in the scope it was signed for, so a replayed one is refused.
  const scope = body.kind === "thread" ? record.id : body.scope;
  if (scope !== room.id) return verdict("wrong-context", "CH1.3", `written for ${scope}, not for this room ${room.id}`);
  if (body.kind === "thread" && body.chapter !== room.chapter) return verdict("wrong-context", "CH2.1", `creates a room of chapter ${body.chapter}, not ${room.chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "CH1.4", past);
  const member = roomMemberProblem(rosters, record, room);
  if (member !== undefined) return verdict("ineligible-signer", "CH1.4", member);
  if (body.kind === "thread" && body.access === "invited" && !body.members.includes(signer)) return verdict("ineligible-signer", "CH2.3", "the creator of a room for invited members is not among them");
  if (body.kind === "hide") {
    const moderator = moderatorProblem(rosters, record, room.chapter);
    if (moderator !== undefined) return verdict("ineligible-signer", "CH8.1", moderator);
  }
  return { record, body };
}

/** The checks against the room's valid messages (CH4.2, CH5, CH6): a verdict. */
function judgeAgainst(entry: ChatRecord, messages: ReadonlyMap<RecordId, ChatRecord<MessageBody>>, replies: ReadonlySet<RecordId>): Verdict {
  const { body, record } = entry;
  const rule = RULE[body.kind];
  switch (body.kind) {
    case "message": {
      if (body.root === null) return VALID;
      if (replies.has(body.root)) return verdict("wrong-context", rule + ".2", `${body.root} is itself a reply: a thread has one level`);
      return messages.has(body.root) ? VALID : verdict("missing-deps", rule + ".2", `its thread's first message ${body.root} is not held here`);
    }
    case "message-edit":
    case "message-delete":
    case "reaction":
    case "report": {
      const target = messages.get(body.target);
      if (target === undefined) return verdict("missing-deps", rule, `the message ${body.target} is not held here`);
      if ((body.kind === "message-edit" || body.kind === "message-delete") && target.record.envelope.signer !== record.envelope.signer) return verdict("ineligible-signer", rule + ".1", "only a message's sender may edit or delete it");
      return VALID;
    }
    default:
      return VALID;
  }
}

/**
 * Judges records already standing alone (CH1.5's second part): top-level messages, then replies
 * against them, then what refers to a message against the valid messages (CH4.2, CH5, CH6, CH13). A
 * private conversation, whose records stand alone by its own rules (PVC), shares this. Never
 * throws on record content.
 */
export function judgeReferences(alone: readonly ChatRecord[]): RoomJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const messages = new Map<RecordId, ChatRecord<MessageBody>>();
  const isMessage = (entry: ChatRecord): entry is ChatRecord<MessageBody> => entry.body.kind === "message";
  // Top-level messages first, then replies (which need their root), then the rest (which need their target).
  const order = [
    ...alone.filter((entry) => isMessage(entry) && entry.body.root === null),
    ...alone.filter((entry) => isMessage(entry) && entry.body.root !== null),
    ...alone.filter((entry) => !isMessage(entry)),
  ];
  const replies = new Set(alone.filter((entry) => isMessage(entry) && entry.body.root !== null).map((entry) => entry.record.id));
  for (const entry of order) {
    const judged = judgeAgainst(entry, messages, replies);
    verdicts.set(entry.record.id, judged);
    if (judged.status === "valid" && isMessage(entry)) messages.set(entry.record.id, entry);
  }
  return { verdicts, valid: alone.filter((entry) => verdicts.get(entry.record.id)?.status === "valid") };
}

/**
 * Judges the records of `room` (CH1.5): every record alone (CH1.1–CH1.4, CH2.3, CH8.1), then
 * `judgeReferences`. `rosters` holds every record of the room's chapter, its organisation and
 * these. Never throws on record content.
 */
export function judgeRoom(room: Room, records: readonly ParsedRecord[], rosters: CausalRosters): RoomJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const alone: ChatRecord[] = [];
  for (const record of records) {
    const judged = judgeAlone(record, room, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else alone.push(judged);
  }
  const references = judgeReferences(alone);
  for (const [id, judged] of references.verdicts) verdicts.set(id, judged);
  return { verdicts, valid: references.valid };
}
