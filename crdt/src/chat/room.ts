/**
 * A room as the rules read it (PROTOCOL.md CH2): its id (the scope every record in it names), its
 * chapter, its name, who may read and write in it, and who created it.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { parseChatBody, type RoomAccess } from "./chat-bodies.js";

/** A room (CH2). */
export interface Room {
  /** The `thread` record's id, or the general room's derived id (CH2.4). */
  readonly id: RecordId;
  readonly chapter: ChapterId;
  /** Empty for the general room, whose name the app gives. */
  readonly name: string;
  readonly access: RoomAccess;
  /** The invited members, sorted, for `invited`; empty otherwise. */
  readonly members: readonly MemberKey[];
  /** The `thread` record's signer; null for the general room. */
  readonly creator: MemberKey | null;
}

/** The room a `thread` record creates, or undefined if it is not a well-formed one (CH2.1). Never throws. */
export function roomOf(record: ParsedRecord): Room | undefined {
  if (record.envelope.kind !== "thread") return undefined;
  const parsed = parseChatBody("thread", record.envelope.body);
  if (!parsed.ok) return undefined;
  const { chapter, name, access, members } = parsed.body;
  return { id: record.id, chapter, name, access, members, creator: record.envelope.signer };
}
