/**
 * The deps that carry the authority of a record the proposal's author or a facilitator may sign
 * (PROTOCOL.md P3.1 a version, P6.1 a rejection, V2.6 an open), read from a roster the fold
 * produced: the author's grant in the chapter or below (member authority, M3.3), else a
 * facilitator holding over the chapter with its grant (M3.4). `authorOrFacilitatorProblem` judges
 * the same authority in the record's causal past.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { facilitatorAuthority, memberGrant } from "../membership/authority-deps.js";
import type { Roster } from "../membership/roster.js";

/** The deps to cite, or undefined when `key` is neither the author with a membership nor a facilitator. Never throws. */
export function authorOrFacilitatorDeps(roster: Roster, chapter: ChapterId, key: MemberKey, author: MemberKey | null): RecordId[] | undefined {
  const grant = key === author ? memberGrant(roster, chapter, key) : undefined;
  if (grant !== undefined) return [grant];
  const facilitator = facilitatorAuthority(roster, chapter, key);
  return facilitator === undefined ? undefined : [...facilitator];
}
