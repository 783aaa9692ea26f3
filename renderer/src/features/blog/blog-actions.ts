/**
 * What a member does with the blog (PROTOCOL.md BL2–BL4): publish a post or a lesson, share a
 * lesson to another chapter, and say which lesson a proposal they just started adopts. Each checks
 * the body against its schema, cites the member's grant (BL1.4), signs through the vault and writes
 * the record into the `posts` of the chapter it names. A post's text and comments are chat's
 * messages on the post's room (BL5). Each throws a BlogProblem the member can act on.
 */
import { lessonAdoptionDraft, lessonShareDraft, MAX_POST_TITLE_LENGTH, parseBlogBody, postDraft, type BlogKind } from "@chapterhouse/crdt/blog";
import { MAX_MESSAGE_LENGTH, roomMemberDeps } from "@chapterhouse/crdt/chat";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { BlogProblem } from "./blog-problem.js";

/** The member's grant in `writers` (BL1.4: a member of it or below) and the document of `chapter`, where the record goes. */
function authority(space: MemberSpace, organisation: OpenOrganisation, writers: ChapterId, chapter: ChapterId = writers): { document: DocumentUrl; deps: RecordId[] } {
  const roster = organisation.view.get().roster;
  const deps = roomMemberDeps(roster, { chapter: writers, access: "subtree", members: [] }, space.member.key);
  const document = roster.chapters.get(chapter)?.document;
  if (deps === undefined || document === undefined) throw new BlogProblem("not-member", "Only the chapter's members can do this.");
  return { document, deps };
}

/** Signs a draft whose body its schema accepts (BL1.1). */
async function sign(space: MemberSpace, draft: RecordDraft<BlogKind>) {
  const parsed = parseBlogBody(draft.kind, draft.body);
  if (!parsed.ok) throw new BlogProblem("not-signable", `This cannot be signed: ${parsed.problem}.`, { detail: parsed.problem });
  return space.signDraft(draft);
}

/**
 * Publishes a post of `chapter` (BL2), a lesson when it cites decisions, written into the chapter's
 * `posts`; resolves with its id. Its text is then sent as the room's first message by the post
 * screen (chat's `sendMessage`), which also puts the post's record on its page 0 (BL5).
 * @throws {BlogProblem} if the member may not, the title is empty or too long, or the text is empty or too long.
 */
export async function publishPost(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  input: { readonly title: string; readonly text: string; readonly decisions: readonly RecordId[] },
): Promise<RecordId> {
  const title = input.title.trim();
  if (title === "") throw new BlogProblem("no-title", "Give the post a title first.");
  if (title.length > MAX_POST_TITLE_LENGTH) throw new BlogProblem("too-long", `At most ${MAX_POST_TITLE_LENGTH} characters.`, { limit: MAX_POST_TITLE_LENGTH });
  if (input.text.trim() === "") throw new BlogProblem("no-text", "Write the post first.");
  if (input.text.length > MAX_MESSAGE_LENGTH) throw new BlogProblem("too-long", `At most ${MAX_MESSAGE_LENGTH} characters.`, { limit: MAX_MESSAGE_LENGTH });
  const { document, deps } = authority(space, organisation, chapter);
  const record = await sign(space, postDraft({ chapter, title, decisions: input.decisions }, deps));
  await space.documents.write(document, "posts", [record]);
  return record.id;
}

/**
 * Shares the lesson `post` of `from` to the chapter `to` (BL3), written into `to`'s `posts`.
 * @throws {BlogProblem} if no chapter is chosen or the member is no member of `from`.
 */
export async function shareLesson(space: MemberSpace, organisation: OpenOrganisation, from: ChapterId, post: RecordId, to: ChapterId | undefined): Promise<RecordId> {
  if (to === undefined) throw new BlogProblem("no-chapter", "Choose a chapter first.");
  const { document, deps } = authority(space, organisation, from, to);
  const record = await sign(space, lessonShareDraft({ chapter: to, from, post }, deps));
  await space.documents.write(document, "posts", [record]);
  return record.id;
}

/**
 * Records that `proposal`, which the member just started in `chapter`, adopts the lesson `post` of `from` (BL4).
 * @throws {BlogProblem} if the member may not write in `chapter`.
 */
export async function adoptLesson(space: MemberSpace, organisation: OpenOrganisation, chapter: ChapterId, from: ChapterId, post: RecordId, proposal: ProposalId): Promise<RecordId> {
  const { document, deps } = authority(space, organisation, chapter);
  const record = await sign(space, lessonAdoptionDraft({ chapter, from, post, proposal }, deps));
  await space.documents.write(document, "posts", [record]);
  return record.id;
}
