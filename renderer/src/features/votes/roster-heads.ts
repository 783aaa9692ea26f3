/**
 * The roster reference of a new open (PROTOCOL.md V2 `roster.heads`, V3.1): the membership records
 * this device's fold accepted that no other accepted record cites. Their causal past is every
 * accepted record, so every device holding them folds the same electorate.
 */
import type { MembershipFold } from "@chapterhouse/crdt/membership";
import type { RecordId } from "@chapterhouse/crdt/records";
import { MAX_ROSTER_HEADS } from "@chapterhouse/crdt/votes";

/**
 * The heads of the fold's accepted records, sorted.
 * @throws {RangeError} if there are more than MAX_ROSTER_HEADS (an open cannot cite them all).
 */
export function rosterHeads(fold: MembershipFold): RecordId[] {
  const cited = new Set<string>();
  for (const record of fold.accepted) for (const dep of record.envelope.deps) cited.add(dep);
  const heads = [...new Set(fold.accepted.map((record) => record.id).filter((id) => !cited.has(id)))].sort();
  if (heads.length > MAX_ROSTER_HEADS) throw new RangeError(`the roster has ${heads.length} heads; an open cites at most ${MAX_ROSTER_HEADS}`);
  return heads;
}
