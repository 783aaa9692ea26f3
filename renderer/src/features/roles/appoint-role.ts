import { depsWithFrontier, facilitatorAuthority, founderGrant, memberGrant, roleDraft } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { RoleProblem } from "./role-problem.js";

/** An appointment, or the end of one: who, which role, in which chapter, by which decision. */
export interface RoleChange {
  readonly chapter: ChapterId;
  readonly member: MemberKey;
  readonly role: string;
  /** The decision record that appoints or ends (V7); null only for a founder of the chapter (M9.2). */
  readonly decision: RecordId | null;
}

/**
 * Signs and writes a `role` record (PROTOCOL.md M9) into the chapter's document: `grant` true
 * appoints (M9.3: it cites the member's membership in the chapter or below), false ends the
 * holding it cites (M9.4). The signer's authority (M9.2): a founder of the chapter, with or
 * without a decision; otherwise a facilitator over it, citing a decision.
 * @throws {RoleProblem} when the device's roster says the record would be refused.
 */
export async function changeRole(space: MemberSpace, organisation: OpenOrganisation, change: RoleChange, grant: boolean): Promise<RecordId> {
  const view = await organisation.refresh();
  const chapter = view.roster.chapters.get(change.chapter);
  if (chapter === undefined || view.fold === undefined) throw new RoleProblem("chapter-unknown", "This chapter is not known on this device yet.");
  const me = space.member.key;
  const founder = founderGrant(view.roster, change.chapter, me);
  const authority = founder === undefined ? facilitatorAuthority(view.roster, change.chapter, me) : [founder];
  if (authority === undefined) throw new RoleProblem("no-authority", `Only a founder of ${chapter.name} or a facilitator over it can appoint or end roles.`);
  if (founder === undefined && change.decision === null) throw new RoleProblem("needs-decision", "A facilitator appoints or ends a role only by a decision of the chapter.");
  let cited: RecordId;
  const holding = chapter.roles.find((entry) => entry.key === change.member && entry.role === change.role);
  if (grant) {
    const membership = memberGrant(view.roster, change.chapter, change.member);
    if (membership === undefined) throw new RoleProblem("not-member", "Only a member of the chapter or of a chapter below it can be appointed.");
    if (holding !== undefined) throw new RoleProblem("holds-already", "This member already holds this role here.");
    cited = membership;
  } else {
    if (holding === undefined) throw new RoleProblem("not-held", "This member does not hold this role here.");
    cited = holding.grant;
  }
  const required = [change.chapter, ...authority, cited, ...(change.decision === null ? [] : [change.decision])];
  const record = await space.signDraft(
    roleDraft({ chapter: change.chapter, member: change.member, role: change.role, grant, decision: change.decision }, depsWithFrontier(view.fold, change.chapter, required)),
  );
  await space.documents.write(chapter.document, "governance", [record]);
  return record.id;
}
