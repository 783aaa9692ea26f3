/**
 * The blog records to sign (PROTOCOL.md BL2–BL4), one builder per kind: each writes exactly the
 * members its kind lists, with the ids its body names in `deps` (BL1.2: never the decisions a
 * lesson cites) beside what the caller cites (the signer's grant, BL1.4). A post's text and its
 * comments are chat `message` records (CH4) built by chat's `messageDraft` with the post's id as scope.
 */
import type { ChapterId, ProposalId, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { LessonAdoptionBody, LessonShareBody, PostBody } from "./blog-bodies.js";

/** A `post` (BL2) of `chapter`; citing decisions, a lesson. Its id is the post's (and its room's) id. Never throws. */
export function postDraft(fields: { readonly chapter: ChapterId; readonly title: string; readonly decisions: readonly RecordId[] }, deps?: Iterable<RecordId>): RecordDraft<"post", BodyFields<PostBody>> {
  const decisions = [...new Set(fields.decisions)].sort();
  return { kind: "post", body: { chapter: fields.chapter, title: fields.title, decisions }, deps: withNamed(deps, fields.chapter) };
}

/** A `lesson-share` (BL3): the lesson `post` of `from` shared to `chapter`. Never throws. */
export function lessonShareDraft(fields: { readonly chapter: ChapterId; readonly from: ChapterId; readonly post: RecordId }, deps?: Iterable<RecordId>): RecordDraft<"lesson-share", BodyFields<LessonShareBody>> {
  return { kind: "lesson-share", body: { chapter: fields.chapter, from: fields.from, post: fields.post }, deps: withNamed(deps, fields.chapter, fields.from, fields.post) };
}

/** A `lesson-adoption` (BL4): `proposal` of `chapter`, just started, adopts the lesson `post` of `from`. Never throws. */
export function lessonAdoptionDraft(
  fields: { readonly chapter: ChapterId; readonly from: ChapterId; readonly post: RecordId; readonly proposal: ProposalId },
  deps?: Iterable<RecordId>,
): RecordDraft<"lesson-adoption", BodyFields<LessonAdoptionBody>> {
  const { chapter, from, post, proposal } = fields;
  return { kind: "lesson-adoption", body: { chapter, from, post, proposal }, deps: withNamed(deps, chapter, from, post, proposal) };
}
