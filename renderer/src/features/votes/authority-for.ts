/**
 * The deps that carry the authority of a record only a facilitator may sign (PROTOCOL.md V5.4 a
 * close, V7.3 a decision): a facilitator holding over the chapter and a grant (M3.4), from this
 * device's roster, with the sentence the member reads when they lack it.
 */
import { facilitatorAuthority, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { VoteProblem } from "./vote-problem.js";

/**
 * Deps for a record only a facilitator may sign.
 * @throws {VoteProblem} "Only a facilitator of the chapter can …" if the member holds no facilitator role over it.
 */
export function facilitatorDeps(roster: Roster, chapter: ChapterId, key: MemberKey, what: string): RecordId[] {
  const facilitator = facilitatorAuthority(roster, chapter, key);
  if (facilitator === undefined) throw new VoteProblem("not-facilitator", `Only a facilitator of the chapter can ${what}.`);
  return [...facilitator];
}
