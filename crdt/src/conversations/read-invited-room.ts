/**
 * An invited room as one member's device reads it (PROTOCOL.md CH12): its content is a private
 * scope named by the room's id, held in the Conversation document of that id, its first epoch the
 * room creator's to start. So it reads as a conversation does (PVC5), once its `thread` record has
 * been read and accepted from the chapter's rooms (CH2).
 */
import type { Room } from "../chat/room.js";
import { readPrivateMessages, type ConversationReading, type PrivateMessagesInput } from "./read-conversation.js";

/**
 * Reads the invited room `room` for `reader` from its document's stored lockboxes and envelopes (CH12.3).
 * @throws {TypeError} if `room` is not a created room open to invited members (CH2.1).
 * @throws what the verifier throws.
 */
export async function readInvitedRoom(input: PrivateMessagesInput & { readonly room: Room }): Promise<ConversationReading> {
  const { room } = input;
  if (room.access !== "invited" || room.creator === null) throw new TypeError("only a room open to invited members is read as private content");
  return readPrivateMessages({ scope: room.id, creator: room.creator }, input);
}
