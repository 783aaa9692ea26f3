/**
 * The `deps` a member's chat record cites for its authority (PROTOCOL.md CH1.4, CH8.1), read from
 * the roster the organisation's fold produced: what the app puts in a draft so that `judgeRoom`
 * accepts it. Each returns undefined when the member lacks the authority. None throws.
 */
import { ancestorsOf, memberGrant } from "../membership/authority-deps.js";
import type { Roster } from "../membership/roster.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import { MODERATOR } from "./room-authority.js";
import type { Room } from "./room.js";

/** The grant behind writing in `room` (CH1.4): a direct grant for `chapter`, a grant in the chapter or below otherwise (and being invited, for `invited`). */
export function roomMemberDeps(roster: Roster, room: Pick<Room, "chapter" | "access" | "members">, me: MemberKey): RecordId[] | undefined {
  if (room.access === "invited" && !room.members.includes(me)) return undefined;
  const grant = room.access === "chapter" ? roster.chapters.get(room.chapter)?.members.get(me)?.grant : memberGrant(roster, room.chapter, me);
  return grant === undefined ? undefined : [grant];
}

/** The holding and grant behind moderating the rooms of `room.chapter` (CH8.1): a moderator holding in the chapter or the nearest above it, with a grant there or below. */
export function moderatorDeps(roster: Roster, room: Pick<Room, "chapter">, me: MemberKey): RecordId[] | undefined {
  for (const id of ancestorsOf(roster, room.chapter)) {
    const holding = roster.chapters.get(id)?.roles.find((role) => role.key === me && role.role === MODERATOR);
    const grant = holding === undefined ? undefined : memberGrant(roster, id, me);
    if (holding !== undefined && grant !== undefined) return [holding.grant, grant];
  }
  return undefined;
}
