/**
 * The forum records to sign (PROTOCOL.md FO2–FO4), one builder per kind: each writes exactly the
 * members its kind lists, with the ids its body names in `deps` (FO1.2) beside what the caller
 * cites (the signer's grant, FO1.4). A topic's posts are chat `message` records (CH4) built by
 * chat's `messageDraft` with the topic's id as scope.
 */
import type { ChapterId, ProposalId, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { ForumCategoryBody, TopicBody, TopicProposalBody } from "./forum-bodies.js";

/** A `forum-category` (FO2). Never throws. */
export function forumCategoryDraft(
  fields: { readonly chapter: ChapterId; readonly name: string; readonly about: string },
  deps?: Iterable<RecordId>,
): RecordDraft<"forum-category", BodyFields<ForumCategoryBody>> {
  return { kind: "forum-category", body: { chapter: fields.chapter, name: fields.name, about: fields.about }, deps: withNamed(deps, fields.chapter) };
}

/** A `topic` (FO3) in `category`. Its id is the topic's (and its room's) id. Never throws. */
export function topicDraft(fields: { readonly chapter: ChapterId; readonly category: RecordId; readonly title: string }, deps?: Iterable<RecordId>): RecordDraft<"topic", BodyFields<TopicBody>> {
  return { kind: "topic", body: { chapter: fields.chapter, category: fields.category, title: fields.title }, deps: withNamed(deps, fields.chapter, fields.category) };
}

/** A `topic-proposal` (FO4): `proposal` was started from `topic`. Never throws. */
export function topicProposalDraft(
  fields: { readonly chapter: ChapterId; readonly topic: RecordId; readonly proposal: ProposalId },
  deps?: Iterable<RecordId>,
): RecordDraft<"topic-proposal", BodyFields<TopicProposalBody>> {
  return { kind: "topic-proposal", body: { chapter: fields.chapter, topic: fields.topic, proposal: fields.proposal }, deps: withNamed(deps, fields.chapter, fields.topic, fields.proposal) };
}
