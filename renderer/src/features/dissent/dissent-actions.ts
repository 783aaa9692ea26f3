/**
 * What a member does about a decision (PROTOCOL.md DS): attach a signed dissenting statement, and
 * — a moderator — hide abuse in one with a reason, or show it again (DS3, CH8's hide). Each checks
 * the text, cites the authority the roster gives (DS1.4, CH8.1), signs through the vault and writes
 * the record into the chapter's decisions log. Each throws a DissentProblem the member can act on.
 */
import { hideDraft, moderatorDeps, roomMemberDeps } from "@chapterhouse/crdt/chat";
import { MAX_DISSENT_LENGTH, dissentDraft } from "@chapterhouse/crdt/dissent";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { DissentProblem } from "./dissent-problem.js";

function chapterDocument(organisation: OpenOrganisation, chapter: ChapterId): DocumentUrl {
  const document = organisation.view.get().roster.chapters.get(chapter)?.document;
  if (document === undefined) throw new DissentProblem("no-chapter", "This chapter is not known on this device yet.");
  return document;
}

/**
 * Attaches the member's dissent `text` to `decision` (DS1), linked to the current `current` when given (DS1.5).
 * @throws {DissentProblem} if the text is empty or too long, or the member is no member of the chapter or below it.
 */
export async function addDissent(space: MemberSpace, organisation: OpenOrganisation, chapter: ChapterId, decision: RecordId, text: string, current?: RecordId): Promise<RecordId> {
  const trimmed = text.trim();
  if (trimmed === "") throw new DissentProblem("empty", "Write your statement first.");
  if (trimmed.length > MAX_DISSENT_LENGTH) throw new DissentProblem("too-long", `A statement is at most ${MAX_DISSENT_LENGTH} characters.`, { limit: MAX_DISSENT_LENGTH });
  const deps = roomMemberDeps(organisation.view.get().roster, { chapter, access: "subtree", members: [] }, space.member.key);
  if (deps === undefined) throw new DissentProblem("not-member", "Only members of this chapter or of a chapter below it can dissent from its decisions.");
  const record = await space.signDraft(dissentDraft({ chapter, decision, text: trimmed, ...(current === undefined ? {} : { current }) }, deps));
  await space.documents.write(chapterDocument(organisation, chapter), "decisions", [record]);
  return record.id;
}

/**
 * Hides abuse in a dissent with a reason, or (`hidden: false`) shows it again (DS3), as a moderator.
 * @throws {DissentProblem} if the reason is empty, or the member is no moderator of the chapter.
 */
export async function hideDissent(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  dissent: { readonly id: RecordId; readonly decision: RecordId },
  reason: string,
  hidden: boolean,
): Promise<RecordId> {
  if (reason.trim() === "") throw new DissentProblem("no-reason", "Say which abuse, for the members who will see it.");
  const deps = moderatorDeps(organisation.view.get().roster, { chapter }, space.member.key);
  if (deps === undefined) throw new DissentProblem("not-moderator", "Only a moderator of this chapter can hide a statement.");
  const record = await space.signDraft(hideDraft({ scope: dissent.decision, target: dissent.id, reason: reason.trim(), hidden }, deps));
  await space.documents.write(chapterDocument(organisation, chapter), "decisions", [record]);
  return record.id;
}
