/**
 * Who may write in a room (PROTOCOL.md CH1.4) and who may moderate it (CH8.1), judged against the
 * roster of the record's causal past (P1.3) with the grant or holding cited in its `deps`. Each
 * returns a problem text, or undefined when the signer has the authority. None throws.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Room } from "./room.js";

/** The role a decision grants (M9) to hide items in a chapter's rooms and those of the chapters below it (CH8.1). */
export const MODERATOR = "moderator";

/** The room's chapter and access as the authority check needs them. */
type RoomAccessOf = Pick<Room, "chapter" | "access" | "members">;

/** Why the signer of `record` may not write in `room` (CH1.4), or undefined. */
export function roomMemberProblem(rosters: CausalRosters, record: ParsedRecord, room: RoomAccessOf): string | undefined {
  const { signer, deps } = record.envelope;
  const { fold, authority } = rosters.rosterAt(deps);
  if (room.access === "chapter") {
    const grant = fold.roster.chapters.get(room.chapter)?.members.get(signer)?.grant;
    return grant !== undefined && deps.includes(grant) ? undefined : `the signer cites no live direct membership of chapter ${room.chapter} in its causal past`;
  }
  if (room.access === "invited" && !room.members.includes(signer)) return "the signer is not one of the room's invited members";
  return authority.citedGrant(room.chapter, signer, deps) === undefined
    ? `the signer cites no live membership of chapter ${room.chapter} or a chapter below it in its causal past`
    : undefined;
}

/**
 * Why the signer of `record` holds no live `role` over `chapter`, or undefined: its `deps` must cite
 * a live holding of `role` by the signer in `chapter` or a chapter above it (A), and a live grant of
 * the signer in A or below (as M3.4 for facilitators). Never throws.
 */
export function roleProblem(rosters: CausalRosters, record: ParsedRecord, chapter: ChapterId, role: string): string | undefined {
  const { signer, deps } = record.envelope;
  const { fold, authority } = rosters.rosterAt(deps);
  const cited = new Set<RecordId>(deps);
  for (const held of fold.roster.chapters.values()) {
    const holding = held.roles.find((entry) => entry.role === role && entry.key === signer && cited.has(entry.grant));
    if (holding !== undefined && authority.isWithin(chapter, held.id) && authority.citedGrant(held.id, signer, deps) !== undefined) return undefined;
  }
  return `the signer cites no live ${role} role over chapter ${chapter} (with a live membership) in its causal past`;
}

/** Why the signer of `record` may not moderate the rooms of `chapter` (CH8.1), or undefined: a live `moderator` role over it. */
export function moderatorProblem(rosters: CausalRosters, record: ParsedRecord, chapter: ChapterId): string | undefined {
  return roleProblem(rosters, record, chapter, MODERATOR);
}
