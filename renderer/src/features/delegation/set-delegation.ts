import { MAX_TOPIC, delegateDraft, type DelegationScope } from "@chapterhouse/crdt/delegation";
import { depsWithFrontier, memberGrant, subtreeOf, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { chapterScope } from "./chapter-delegations.js";
import { DelegationProblem } from "./delegation-problem.js";

/** A member's choice in a chapter: who votes for them when they do not, or no one (null). */
export interface DelegationChange {
  readonly chapter: ChapterId;
  /** The votes it is for (DG1.1): the chapter and those below it unless given (a topic of the chapter, or one of its proposals). */
  readonly scope?: DelegationScope;
  readonly to: MemberKey | null;
  /** The highest `seq` of the member's records in this scope (`chapterDelegations`): the new record takes one more (DG2.5). */
  readonly lastSeq: number;
}

/** Whether `member` is a member of `chapter` or of a chapter below it. Never throws. */
export function inSubtree(roster: Roster, chapter: ChapterId, member: MemberKey): boolean {
  return subtreeOf(roster, chapter).some((id) => roster.chapters.get(id)?.members.has(member) === true);
}

/**
 * Signs and writes a `delegate` record (PROTOCOL.md DG1.1) for the chapter and the chapters below
 * it into the chapter's document: `to` a member votes for the signer when the signer does not;
 * `to: null` revokes, and says no one does here (DG3). It cites the chapter and the signer's
 * membership, so a vote's verifier holds its causal past.
 * @throws {DelegationProblem} when the device's roster says the choice cannot stand.
 */
export async function setDelegation(
  space: MemberSpace,
  organisation: OpenOrganisation,
  change: DelegationChange,
): Promise<RecordId> {
  const view = await organisation.refresh();
  const chapter = view.roster.chapters.get(change.chapter);
  if (chapter === undefined || view.fold === undefined)
    throw new DelegationProblem("chapter-unknown", "This chapter is not known on this device yet.");
  const me = space.member.key;
  const membership = memberGrant(view.roster, change.chapter, me);
  if (membership === undefined)
    throw new DelegationProblem(
      "not-member",
      `Only a member of ${chapter.name} can choose who votes for them there.`,
    );
  const topic = change.scope !== undefined && "topic" in change.scope ? change.scope.topic : undefined;
  if (topic !== undefined && (topic.length === 0 || topic.length > MAX_TOPIC))
    throw new DelegationProblem("topic", `A topic has 1 to ${MAX_TOPIC} characters.`);
  if (change.to === me)
    throw new DelegationProblem("self", "Choose another member: your own ballot already counts for you.");
  if (change.to !== null && !inSubtree(view.roster, change.chapter, change.to))
    throw new DelegationProblem(
      "delegate-not-member",
      `The member you choose must be a member of ${chapter.name} or of a chapter below it.`,
    );
  const draft = delegateDraft(
    { scope: change.scope ?? chapterScope(change.chapter), to: change.to, seq: change.lastSeq + 1 },
    depsWithFrontier(view.fold, change.chapter, [change.chapter, membership]),
  );
  const record = await space.signDraft(draft);
  await space.documents.write(chapter.document, "delegations", [record]);
  return record.id;
}
