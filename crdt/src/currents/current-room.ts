/**
 * A current's discussion as a room (PROTOCOL.md CU5): its posts, replies, edits, reports and a
 * moderator's hide are the chat family's records naming the current's id as their scope, paged
 * into Thread documents found from that id (CH9), open to every member of the organisation.
 */
import type { Room } from "../chat/room.js";
import type { ChapterId } from "../records/ids.js";
import type { Current } from "./judge-currents.js";

/** The room of `current` in the organisation whose root chapter is `root` (CU5). Never throws. */
export function currentRoom(root: ChapterId, current: Current): Room {
  return { id: current.id, chapter: root, name: current.name, access: "subtree", members: [], creator: current.founder };
}
