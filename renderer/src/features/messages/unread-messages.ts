/**
 * What is new to the member in a conversation: the messages others wrote after the member last
 * looked at it (read state is this device's own, never a record: PVC4.4's setting kind), those of
 * members blocked on this device left out. Pure, for the conversation list's markers and for a
 * notification source. Never throws.
 */
import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { ConversationView } from "./conversation-view.js";

/** The messages of `view` that `member` has not seen since `lastRead` (ms since the epoch; 0 when never), oldest first. */
export function unreadMessages(view: Pick<ConversationView, "messages">, member: MemberKey, lastRead: number, blocked: ReadonlySet<MemberKey> = new Set()): ChatMessage[] {
  return view.messages.filter((message) => message.author !== member && !message.deleted && !blocked.has(message.author) && message.at > lastRead);
}
