/**
 * A conversation as one member's device reads it (PROTOCOL.md PVC5): its key lockboxes opened and
 * judged (PV8, PVC3, PV6), its envelopes opened (PV5), each readable message judged by its sender's
 * membership of the epoch it was written in (PVC5.2) and by the message family's rules (CH4–CH6),
 * and what the conversation shows (CH10). Never throws on content.
 */
import { judgeReferences, type ChatRecord, type RoomJudgement } from "../chat/judge-room.js";
import { parseChatBody, type ChatKind } from "../chat/chat-bodies.js";
import { roomTimeline, type RoomTimeline } from "../chat/room-timeline.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Verifier } from "../verify/verifier.js";
import { readEnvelopes, type EnvelopeReading, type StoredEnvelope } from "../private/read-envelopes.js";
import { readLockboxes, type LockboxReading } from "../private/read-lockboxes.js";
import { readScopeKeys, type ScopeKeys, type ScopeReader } from "../private/read-scope-keys.js";
import { authoriseConversationKeys, type PrivateOwner } from "./conversation-keys.js";
import { isConversation, type Conversation } from "./conversation-scope.js";

/** The message family's kinds a conversation holds (PVC5.1). */
export const CONVERSATION_KINDS: readonly ChatKind[] = Object.freeze(["message", "message-edit", "message-delete", "reaction"]);

/** What a member's device reads of a conversation. */
export interface ConversationReading {
  /** Epochs, the keys held, heads (PV6). */
  readonly keys: ScopeKeys;
  /** The members of the head epochs, sorted: who reads what is written next. */
  readonly members: readonly MemberKey[];
  /** Each lockbox's outcome for this reader (PV8.4) and the key records refused (PVC3). */
  readonly lockboxes: readonly LockboxReading[];
  readonly refusedKeys: readonly { readonly id: RecordId; readonly detail: string }[];
  /** Each envelope's outcome (PV5), a readable one whose sender was no member of its epoch made `invalid` (PVC5.2). */
  readonly envelopes: readonly EnvelopeReading[];
  /** The message family's verdicts (CH4.2, CH5, CH6) of the readable records: an edit by another member than the sender is invalid. */
  readonly verdicts: RoomJudgement["verdicts"];
  /** What the conversation shows (CH10), from the readable records the message family's rules accept. */
  readonly timeline: RoomTimeline;
}

/** PVC5.1: the kinds a conversation holds, their bodies well formed (CH1.1). */
function judgeKind(record: ParsedRecord): string | undefined {
  const kind = record.envelope.kind;
  if (!(CONVERSATION_KINDS as readonly string[]).includes(kind)) return `a ${kind} record is not held in a conversation`;
  const parsed = parseChatBody(kind as ChatKind, record.envelope.body);
  return parsed.ok ? undefined : parsed.problem;
}

/** What reading a private scope of the message family is given: its stored lockboxes and envelopes, its reader. */
export interface PrivateMessagesInput {
  readonly lockboxes: readonly StoredEnvelope[];
  readonly envelopes: readonly StoredEnvelope[];
  readonly reader: ScopeReader;
  readonly verifier: Verifier;
}

/**
 * Reads a conversation for `reader` from its document's stored lockboxes and envelopes (PVC5).
 * @throws {TypeError} if the conversation's id is not the one its creator and salt make (PVC1).
 * @throws what the verifier throws.
 */
export function readConversation(input: PrivateMessagesInput & { readonly conversation: Conversation }): Promise<ConversationReading> {
  if (!isConversation(input.conversation)) throw new TypeError("the conversation's id is not the one its creator and salt make");
  return readPrivateMessages(input.conversation, input);
}

/**
 * Reads the private scope `scope` whose first epoch only `creator` may start (PVC3.1): a
 * conversation (PVC5) or an invited room (CH12.3), which read alike once their creator is known.
 * @throws what the verifier throws.
 */
export async function readPrivateMessages(owner: PrivateOwner, input: PrivateMessagesInput): Promise<ConversationReading> {
  const { reader, verifier } = input;
  const { scope } = owner;
  const opened = await readLockboxes({ scope, lockboxes: input.lockboxes, reader, verifier });
  const authority = authoriseConversationKeys(owner, opened.records);
  const keys = readScopeKeys(scope, authority.accepted, reader);
  const membersOf = new Map(keys.epochs.map((epoch) => [epoch.epoch, epoch.members]));
  const read = await readEnvelopes({ scope, envelopes: input.envelopes, keys: keys.keys, verifier, judge: judgeKind });
  const alone: ChatRecord[] = [];
  const envelopes = read.map((reading): EnvelopeReading => {
    if (reading.state !== "readable") return reading;
    if (!(membersOf.get(reading.epoch) ?? []).includes(reading.signer)) return { key: reading.key, state: "invalid", epoch: reading.epoch, detail: "[PVC5.2] its sender was not a member when it was written" };
    const parsed = parseChatBody(reading.record.envelope.kind as ChatKind, reading.record.envelope.body);
    if (parsed.ok) alone.push({ record: reading.record, body: parsed.body });
    return reading;
  });
  const heads = new Set(keys.heads);
  const members = [...new Set(keys.epochs.filter((epoch) => heads.has(epoch.epoch)).flatMap((epoch) => epoch.members))].sort();
  const judgement = judgeReferences(alone);
  return { keys, members, lockboxes: opened.readings, refusedKeys: authority.rejected, envelopes, verdicts: judgement.verdicts, timeline: roomTimeline(judgement) };
}
