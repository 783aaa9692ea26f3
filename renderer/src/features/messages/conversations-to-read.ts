/**
 * Which conversations the list opens to show its `count` newest (issue 11: a member with
 * thousands of conversations opens Messages without opening every Conversation document). The
 * index (`conversation-index.ts`) says when each conversation read on this device last had a
 * message (0: none yet): a lower bound, since a message only ever adds a later time. So of those
 * it knows, the `count` newest are read; no other can come before them on what this device has
 * read. A conversation it does not know (a new invitation, every conversation on a fresh device)
 * may be the newest, so it is read too — but at most `unchecked` of them per reading, in the
 * inbox's order (by id): a fresh device with thousands of conversations shows its first page
 * after opening a slice of them, not all, and checks the rest a slice per reading, each noted in
 * the index. Pure; never throws.
 */
import type { Conversation } from "@chapterhouse/crdt/conversations";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { ConversationTimes } from "./conversation-index.js";

/** Newest first, equal times by scope. */
export const byNewest = (a: { readonly scope: RecordId; readonly at: number }, b: { readonly scope: RecordId; readonly at: number }): number =>
  b.at - a.at || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0);

/**
 * The conversations of `conversations` to read to show the `count` newest, given the index's
 * `known` times: at most `unchecked` the index does not know, then the `count` newest it knows.
 */
export function conversationsToRead(conversations: readonly Conversation[], known: ConversationTimes, count: number, unchecked: number): Conversation[] {
  const unknown = conversations.filter(({ scope }) => !known.has(scope)).slice(0, Math.max(0, unchecked));
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
