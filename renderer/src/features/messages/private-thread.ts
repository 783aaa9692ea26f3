/**
 * What the messages service reads and writes: a private conversation (PROTOCOL.md PVC) or the
 * content of a room open to invited members (CH12). Both are private scopes held in a Conversation
 * document and read alike once their creator is known; only how members find them differs
 * (an invitation in the inbox, PVC6; the chapter's room list, CH12.4).
 */
import type { Room } from "@chapterhouse/crdt/chat";
import type { Conversation } from "@chapterhouse/crdt/conversations";
import type { RecordId } from "@chapterhouse/crdt/records";

/** A conversation, or an invited room (its `thread` record read and accepted, CH2). */
export type PrivateThread = Conversation | Room;

/** True for an invited room. Never throws. */
export function isRoom(thread: PrivateThread): thread is Room {
  return "access" in thread;
}

/** The private scope's id (PV1.1): the conversation's (PVC1) or the room's (CH12.1). Never throws. */
export function scopeOf(thread: PrivateThread): RecordId {
  return isRoom(thread) ? thread.id : thread.scope;
}
