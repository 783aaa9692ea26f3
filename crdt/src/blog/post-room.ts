/**
 * A post as a room (PROTOCOL.md BL5): its text and comments, edits, reactions, reports and a
 * moderator's hide are the chat family's records (CH4–CH8, CH13) naming the post's id as their
 * scope, paged into Thread documents found from that id (CH9), so the chapter page never loads a
 * post's text.
 */
import type { ChatMessage } from "../chat/room-timeline.js";
import type { Room } from "../chat/room.js";
import type { BlogPost } from "./judge-blog.js";

/** The room of `post` (BL5): open to the members of its chapter and of every chapter below it. Never throws. */
export function postRoom(post: BlogPost): Room {
  return { id: post.id, chapter: post.chapter, name: post.title, access: "subtree", members: [], creator: post.author };
}

/**
 * A post's messages in display order split (BL5): its text, the first message signed by its author
 * (null while none is read), and every other message, its comments. Never throws.
 */
export function postParts(post: BlogPost, messages: readonly ChatMessage[]): { readonly text: ChatMessage | null; readonly comments: readonly ChatMessage[] } {
  const text = messages.find((message) => message.author === post.author) ?? null;
  return { text, comments: messages.filter((message) => message !== text) };
}
