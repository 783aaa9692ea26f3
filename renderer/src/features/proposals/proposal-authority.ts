/**
 * The `deps` a proposal record cites for its signer's authority (PROTOCOL.md P1.3), read from the
 * roster the organisation's fold produced: a live grant in the chapter or below it (member
 * authority, M3.3), or a facilitator holding over it and a grant (M3.4). Each throws a sentence for
 * the member when they lack the authority, so the screens can show it as is.
 */
import { memberGrant, type Roster } from "@chapterhouse/crdt/membership";
import { authorOrFacilitatorDeps as authority } from "@chapterhouse/crdt/proposals";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { ProposalProblem } from "./proposal-problem.js";

function chapterName(roster: Roster, chapter: ChapterId): string {
  return roster.chapters.get(chapter)?.name ?? "this chapter";
}

/**
 * The grant behind member authority over `chapter` (P2.1, P4.2, P5.3).
 * @throws {Error} "Only members of … can …" when `me` is not a member of it or a chapter below it.
 */
export function memberDeps(roster: Roster, chapter: ChapterId, me: MemberKey, what: string): RecordId[] {
  const grant = memberGrant(roster, chapter, me);
  if (grant === undefined)
    throw new ProposalProblem("not-member", `Only members of ${chapterName(roster, chapter)} or a chapter below it can ${what}.`, { chapter: chapterName(roster, chapter) });
  return [grant];
}

/**
 * The authority behind signing as the proposal's author or a facilitator (P3.1, P6.1), crdt's
 * `authorOrFacilitatorDeps`, with the sentence the member reads when they lack it.
 * @throws {Error} "Only the proposal's author or a facilitator … can …" otherwise.
 */
export function authorOrFacilitatorDeps(
  roster: Roster,
  chapter: ChapterId,
  me: MemberKey,
  author: MemberKey | null,
  what: string,
): RecordId[] {
  const deps = authority(roster, chapter, me, author);
  if (deps === undefined)
    throw new ProposalProblem("not-author-or-facilitator", `Only the proposal's author or a facilitator of ${chapterName(roster, chapter)} can ${what}.`, {
      chapter: chapterName(roster, chapter),
    });
  return deps;
}
