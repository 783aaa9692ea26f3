/**
 * A topic as a room (PROTOCOL.md FO5): its posts, quotes, edits, links and a moderator's hide are
 * the chat family's records (CH4–CH8) naming the topic's id as their scope, paged into Thread
 * documents found from that id (CH9), so a topic of any length opens by its first and last pages
 * and the chapter page never loads a post.
 */
import type { ChapterId } from "../records/ids.js";
import type { Room } from "../chat/room.js";
import type { ForumTopic } from "./judge-forum.js";

/** The room of `topic` in `chapter` (FO5.1): open to the members of the chapter and of every chapter below it. Never throws. */
export function topicRoom(chapter: ChapterId, topic: ForumTopic): Room {
  return { id: topic.id, chapter, name: topic.title, access: "subtree", members: [], creator: topic.author };
}

