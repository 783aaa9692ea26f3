/**
 * The `deps` a member's chat record cites for its authority (PROTOCOL.md CH1.4, CH8.1), read from
 * the roster the organisation's fold produced: what the app puts in a draft so that `judgeRoom`
 * accepts it. Each returns undefined when the member lacks the authority. None throws.
 */
import { ancestorsOf, memberGrant } from "../membership/authority-deps.js";
import type { Roster } from "../membership/roster.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { MODERATOR } from "./room-authority.js";
import type { Room } from "./room.js";

/** The grant behind writing in `room` (CH1.4): a direct grant for `chapter`, a grant in the chapter or below otherwise (and being invited, for `invited`). */
export function roomMemberDeps(roster: Roster, room: Pick<Room, "chapter" | "access" | "members">, me: MemberKey): RecordId[] | undefined {
  if (room.access === "invited" && !room.members.includes(me)) return undefined;
  const grant = room.access === "chapter" ? roster.chapters.get(room.chapter)?.members.get(me)?.grant : memberGrant(roster, room.chapter, me);
  return grant === undefined ? undefined : [grant];
}

/** The deps citing a live holding of `role` by `me` over `chapter` (in it or a chapter above) and a live grant there: what a record signed by that role cites; undefined when none. Never throws. */
export function roleDeps(roster: Roster, chapter: ChapterId, me: MemberKey, role: string): RecordId[] | undefined {
  for (const id of ancestorsOf(roster, chapter)) {
    const holding = roster.chapters.get(id)?.roles.find((entry) => entry.key === me && entry.role === role);
    const grant = holding === undefined ? undefined : memberGrant(roster, id, me);
    if (holding !== undefined && grant !== undefined) return [holding.grant, grant];
  }
  return undefined;
}

/** The deps a moderator of `room`'s chapter cites (CH8.1): a live `moderator` holding over it and a live grant. Never throws. */
export function moderatorDeps(roster: Roster, room: Pick<Room, "chapter">, me: MemberKey): RecordId[] | undefined {
  return roleDeps(roster, room.chapter, me, MODERATOR);
}
