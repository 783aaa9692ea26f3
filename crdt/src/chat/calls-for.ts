/**
 * What in a room calls for a member (PROTOCOL.md CH10.5): the messages that mention them, and the
 * replies others wrote in the threads they started or took part in — what notifications read
 * (issue 11 item 3) from the same timeline the room shows. Pure; never throws.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ChatMessage, RoomTimeline } from "./room-timeline.js";

/** Why a message calls for the member. */
export type CallReason = "mention" | "reply";

/** A message that calls for a member, and why (a mention wins over a reply). */
export interface CallFor {
  readonly reason: CallReason;
  readonly message: ChatMessage;
}

/**
 * The messages of `timeline` that call for `member`, in display order (CH10.5): written by someone
 * else, neither deleted nor hidden, and either mentioning `member` or replying in a thread whose
 * first message, or an earlier reply, `member` wrote.
 */
export function callsFor(timeline: RoomTimeline, member: MemberKey): CallFor[] {
  const calls: CallFor[] = [];
  const roots = new Map<RecordId, ChatMessage>(timeline.messages.map((message) => [message.id, message]));
  const shown = (message: ChatMessage) => message.author !== member && !message.deleted && message.hidden === null;
  for (const message of timeline.messages) if (shown(message) && message.mentions.includes(member)) calls.push({ reason: "mention", message });
  for (const [root, replies] of timeline.threads) {
    let involved = roots.get(root)?.author === member;
    for (const reply of replies) {
      if (shown(reply) && reply.mentions.includes(member)) calls.push({ reason: "mention", message: reply });
      else if (shown(reply) && involved) calls.push({ reason: "reply", message: reply });
      if (reply.author === member) involved = true;
    }
  }
  const order = (a: ChatMessage, b: ChatMessage) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return calls.sort((a, b) => order(a.message, b.message));
}
