/**
 * What a member does in the chapter's forum (PROTOCOL.md FO2–FO4): create a category, start a
 * topic with its opening post, and say which topic a proposal was started from. Each checks the
 * body against its schema, cites the member's grant (FO1.4), signs through the vault and writes
 * the record into the chapter's `posts`. Posts, quotes and
 * hides are chat's actions on the topic's room (FO5). Each throws a ForumProblem the member can act on.
 */
import {
  parseForumBody,
  forumCategoryDraft,
  topicDraft,
  topicProposalDraft,
  MAX_CATEGORY_NAME_LENGTH,
  MAX_TOPIC_TITLE_LENGTH,
  type ForumKind,
} from "@chapterhouse/crdt/forums";
import { roomMemberDeps } from "@chapterhouse/crdt/chat";
import { postingDeps, type Audience } from "@chapterhouse/crdt/site";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { ForumProblem } from "./forum-problem.js";

/** The chapter's document and the member's grant there (FO1.4: a member of the chapter or below). */
function authority(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
): { document: DocumentUrl; deps: RecordId[] } {
  const roster = organisation.view.get().roster;
  const deps = roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, space.member.key);
  const document = roster.chapters.get(chapter)?.document;
  if (deps === undefined || document === undefined)
    throw new ForumProblem("not-member", "Only the chapter's members can write in its forum.");
  return { document, deps };
}

/** A name or title trimmed, checked present and within `limit`. */
function checked(text: string, limit: number): string {
  const trimmed = text.trim();
  if (trimmed === "") throw new ForumProblem("no-name", "Give it a name first.");
  if (trimmed.length > limit) throw new ForumProblem("too-long", `At most ${limit} characters.`, { limit });
  return trimmed;
}

/** Signs a draft whose body its schema accepts (FO1.1). */
async function sign(space: MemberSpace, draft: RecordDraft<ForumKind>) {
  const parsed = parseForumBody(draft.kind, draft.body);
  if (!parsed.ok)
    throw new ForumProblem("not-signable", `This cannot be signed: ${parsed.problem}.`, {
      detail: parsed.problem,
    });
  return space.signDraft(draft);
}

/**
 * Creates a category in `chapter`'s forum (FO2); resolves with its id.
 * @throws {ForumProblem} if the member may not, or the name is empty or too long.
 */
export async function createCategory(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  input: { readonly name: string; readonly about: string },
): Promise<RecordId> {
  const name = checked(input.name, MAX_CATEGORY_NAME_LENGTH);
  const { document, deps } = authority(space, organisation, chapter);
  const record = await sign(space, forumCategoryDraft({ chapter, name, about: input.about.trim() }, deps));
  await space.documents.write(document, "posts", [record]);
  return record.id;
}

/**
 * Starts a topic in `category` (FO3), written into the chapter's `posts`, citing what `posting`
 * (the chapter's setting in force, SITE2) asks; resolves with its id. Its opening post is then sent
 * as any post (chat's `sendMessage`), which also puts the topic's record on its page 0 (FO5.2).
 * @throws {ForumProblem} if the member may not, no category is chosen, or the title is empty or too long.
 */
export async function startTopic(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  input: { readonly category: RecordId | undefined; readonly title: string },
  posting: Audience,
): Promise<RecordId> {
  if (input.category === undefined) throw new ForumProblem("no-category", "Choose a category first.");
  const title = checked(input.title, MAX_TOPIC_TITLE_LENGTH);
  const roster = organisation.view.get().roster;
  const deps = postingDeps(roster, chapter, space.member.key, posting);
  const document = roster.chapters.get(chapter)?.document;
  if (deps === undefined || document === undefined) throw new ForumProblem("not-member", "Only the chapter's members can write in its forum.");
  const record = await sign(space, topicDraft({ chapter, category: input.category, title }, deps));
  await space.documents.write(document, "posts", [record]);
  return record.id;
}

/**
 * Records that `proposal`, which the member just started, came from `topic` (FO4).
 * @throws {ForumProblem} if the member may not write in the forum.
 */
export async function linkProposal(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  topic: RecordId,
  proposal: ProposalId,
): Promise<RecordId> {
  const { document, deps } = authority(space, organisation, chapter);
  const record = await sign(space, topicProposalDraft({ chapter, topic, proposal }, deps));
  await space.documents.write(document, "posts", [record]);
  return record.id;
}
