import type { ChatMessage } from "@chapterhouse/crdt/chat";
import { hide, report, type RoomContext } from "../chat/index.js";
import { focusComposer } from "./PostComposer.js";
import type { PostActions } from "./PostItem.js";

/**
 * What a reader may do with a post of a room shown as a thread (a topic, a current's discussion):
 * as a member, quote it (and answer it, where `compose.reply` is given, CH4.2) — the composer then
 * takes the focus, where the answer is written — and report it (MOD1); as a moderator, hide it (CH8).
 */
export function postActions(
  context: RoomContext,
  can: { readonly member: boolean; readonly moderator: boolean },
  compose: { readonly quote: (post: ChatMessage) => void; readonly reply?: (post: ChatMessage) => void },
): PostActions {
  const thenFocus = (choose: (post: ChatMessage) => void) => (post: ChatMessage) => {
    choose(post);
    focusComposer();
  };
  return {
    ...(can.member
      ? {
          quote: thenFocus(compose.quote),
          ...(compose.reply === undefined ? {} : { reply: thenFocus(compose.reply) }),
          report: (target, reason) => report(context, target, reason),
        }
      : {}),
    ...(can.moderator ? { hide: (target, reason, hidden) => hide(context, target, reason, hidden) } : {}),
  };
}
