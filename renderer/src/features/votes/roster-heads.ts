/**
 * The roster reference of a new open (PROTOCOL.md V2 `roster.heads`, V3.1): the membership records
 * this device's fold accepted that no other accepted record cites. Their causal past is every
 * accepted record, so every device holding them folds the same electorate.
 */
import type { FoldSummary } from "@chapterhouse/crdt/membership";
import type { RecordId } from "@chapterhouse/crdt/records";
import { MAX_ROSTER_HEADS } from "@chapterhouse/crdt/votes";

/**
 * The heads of the fold's accepted records, sorted (the worker's summary of the fold found them,
 * `summariseFold`).
 * @throws {RangeError} if there are more than MAX_ROSTER_HEADS (an open cannot cite them all).
 */
export function rosterHeads(fold: FoldSummary): RecordId[] {
  if (fold.headCount > MAX_ROSTER_HEADS || fold.heads.length !== fold.headCount)
    throw new RangeError(`the roster has ${fold.headCount} heads; an open cites at most ${MAX_ROSTER_HEADS}`);
  return [...fold.heads];
}
