/**
 * The deps that carry a vote record's authority (PROTOCOL.md P1.3): an open by the proposal's
 * author cites the author's grant (member authority, V2.6), anything by a facilitator cites the
 * facilitator holding and a grant (V2.6, V5.4, V7.3). Read from this device's roster.
 */
import type { ChapterId, MemberKey, RecordId, Roster } from "@chapterhouse/crdt";
import { facilitatorAuthority, memberGrant } from "../organisation/index.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Thrown when the member lacks the authority an action needs; its message says so in words. */
export class NoAuthority extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "NoAuthority";
  }
}

/**
 * Deps for a record that the proposal's author or a facilitator may sign (an open).
 * @throws {NoAuthority} if the member is neither the author with a membership nor a facilitator.
 */
export function authorOrFacilitatorDeps(roster: Roster, chapter: ChapterId, key: MemberKey, author: MemberKey | null): RecordId[] {
  const facilitator = facilitatorAuthority(roster, chapter, key);
  if (facilitator !== undefined) return [...facilitator];
  const grant = author === key ? memberGrant(roster, chapter, key) : undefined;
  if (grant !== undefined) return [grant];
  throw new NoAuthority("not-author-or-facilitator", "Only the proposal's author or a facilitator of the chapter can open a vote.");
}

/**
 * Deps for a record only a facilitator may sign (a close, a decision).
 * @throws {NoAuthority} if the member holds no facilitator role over the chapter.
 */
export function facilitatorDeps(roster: Roster, chapter: ChapterId, key: MemberKey, what: string): RecordId[] {
  const facilitator = facilitatorAuthority(roster, chapter, key);
  if (facilitator === undefined) throw new NoAuthority("not-facilitator", `Only a facilitator of the chapter can ${what}.`);
  return [...facilitator];
}
