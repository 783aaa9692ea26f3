/**
 * Which conversations the list opens to show its `count` newest (issue 11: a member with
 * thousands of conversations opens Messages without opening every Conversation document). The
 * index (`conversation-index.ts`) says when each conversation read on this device last had a
 * message: a lower bound, since a message only ever adds a later time. So every conversation the
 * index does not know is read (it may be the newest: a new invitation, a conversation not read on
 * this device yet), and of those it knows the `count` newest; no other can come before them on
 * what this device has read. Pure; never throws.
 */
import type { Conversation } from "@chapterhouse/crdt/conversations";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { ConversationTimes } from "./conversation-index.js";

/** Newest first, equal times by scope. */
export const byNewest = (a: { readonly scope: RecordId; readonly at: number }, b: { readonly scope: RecordId; readonly at: number }): number =>
  b.at - a.at || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0);

/** The conversations of `conversations` to read to show the `count` newest, given the index's `known` times. */
export function conversationsToRead(conversations: readonly Conversation[], known: ConversationTimes, count: number): Conversation[] {
  const unknown = conversations.filter(({ scope }) => !known.has(scope));
  const newest = conversations
    .flatMap((conversation) => {
      const at = known.get(conversation.scope);
      return at === undefined ? [] : [{ conversation, scope: conversation.scope, at }];
    })
    .sort(byNewest)
    .slice(0, Math.max(0, count))
    .map(({ conversation }) => conversation);
  return [...unknown, ...newest];
}
