/**
 * The bodies of the forum kinds (PROTOCOL.md FO1–FO4) and their one validator. A topic is a room
 * of the chat family (CH): its posts are `message` records naming the topic's id as their scope,
 * so these bodies are only what the chapter's index holds — categories, topics' titles, and the
 * proposals started from a topic — never a post's text (FO5). `parseForumBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest category name, in UTF-16 code units (FO2.1). */
export const MAX_CATEGORY_NAME_LENGTH = 100;
/** Longest category description (FO2.1). */
export const MAX_CATEGORY_ABOUT_LENGTH = 500;
/** Longest topic title (FO3.1), as a proposal's title (P2). */
export const MAX_TOPIC_TITLE_LENGTH = 200;

/** `forum-category` (FO2): a category of the chapter's forum. Its id is the category's id. */
export interface ForumCategoryBody {
  readonly kind: "forum-category";
  readonly chapter: ChapterId;
  readonly name: string;
  /** What the category is for; may be empty. */
  readonly about: string;
}
/** `topic` (FO3): a topic in a category. Its id is the topic's id and the id of its room (FO5). */
export interface TopicBody {
  readonly kind: "topic";
  readonly chapter: ChapterId;
  readonly category: RecordId;
  readonly title: string;
}
/** `topic-proposal` (FO4): the proposal `proposal` was started from the topic `topic`. */
export interface TopicProposalBody {
  readonly kind: "topic-proposal";
  readonly chapter: ChapterId;
  readonly topic: RecordId;
  readonly proposal: ProposalId;
}
/** Any forum body. */
export type ForumBody = ForumCategoryBody | TopicBody | TopicProposalBody;
/** A forum kind. */
export type ForumKind = ForumBody["kind"];

/** The problem of `body` under the schema of `kind` (FO1.1), or undefined. */
function bodyProblem(kind: ForumKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "forum-category":
      return (
        membersProblem(body, ["about", "chapter", "name"]) ??
        firstProblem(
          idProblem("chapter", b.chapter),
          plainTextProblem("name", b.name, MAX_CATEGORY_NAME_LENGTH, false),
          // An empty description is allowed; a given one follows the same text rules as a name, with line feeds.
          b.about === "" ? undefined : plainTextProblem("about", b.about, MAX_CATEGORY_ABOUT_LENGTH, true),
        )
      );
    case "topic":
      return (
        membersProblem(body, ["category", "chapter", "title"]) ??
        firstProblem(idProblem("chapter", b.chapter), idProblem("category", b.category), plainTextProblem("title", b.title, MAX_TOPIC_TITLE_LENGTH, false))
      );
    case "topic-proposal":
      return membersProblem(body, ["chapter", "proposal", "topic"]) ?? firstProblem(idProblem("chapter", b.chapter), idProblem("topic", b.topic), idProblem("proposal", b.proposal));
  }
}

/** Parses the body of a forum record (FO1.1): the validator of each kind of forums/kinds.ts. Never throws. */
export function parseForumBody<K extends ForumKind>(kind: K, body: CanonicalValue): BodyParse<Extract<ForumBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<ForumBody, { readonly kind: K }> };
}

