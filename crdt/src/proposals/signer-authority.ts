/**
 * The authority checks of sections P and V (PROTOCOL.md P1.3): judged against the roster of the
 * record's causal past, with the grant or holding cited in its `deps` as M3.3 and M3.4 require.
 * Each returns a problem text, or undefined when the signer has the authority. None throws.
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "./causal-rosters.js";

/** Member authority over `chapter` (M3.3) in the record's causal past. */
export function memberProblem(rosters: CausalRosters, record: ParsedRecord, chapter: ChapterId): string | undefined {
  const { signer, deps } = record.envelope;
  const { authority } = rosters.rosterAt(deps);
  return authority.citedGrant(chapter, signer, deps) === undefined
    ? `the signer cites no live membership of chapter ${chapter} or a chapter below it in its causal past`
    : undefined;
}

/** Facilitator authority over `chapter` (M3.4) in the record's causal past. */
export function facilitatorProblem(rosters: CausalRosters, record: ParsedRecord, chapter: ChapterId): string | undefined {
  const { signer, deps } = record.envelope;
  const { authority } = rosters.rosterAt(deps);
  return authority.citedFacilitator(chapter, signer, deps) === undefined
    ? `the signer cites no live facilitator role over chapter ${chapter} (with a live membership) in its causal past`
    : undefined;
}

/** The proposal's author with member authority, or any facilitator of the chapter (P3.1, P6, V2.6). */
export function authorOrFacilitatorProblem(
  rosters: CausalRosters,
  record: ParsedRecord,
  chapter: ChapterId,
  author: MemberKey,
): string | undefined {
  if (record.envelope.signer === author && memberProblem(rosters, record, chapter) === undefined) return undefined;
  if (facilitatorProblem(rosters, record, chapter) === undefined) return undefined;
  return record.envelope.signer === author
    ? `the author cites no live membership of chapter ${chapter} in its causal past, nor a facilitator role`
    : `the signer is neither the proposal's author nor cites a live facilitator role over chapter ${chapter} in its causal past`;
}
