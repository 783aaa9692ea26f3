/**
 * The bodies of the blog kinds (PROTOCOL.md BL1–BL4) and their one validator. A post is a room of
 * the chat family (BL5): its text and comments are `message` records naming the post's id as their
 * scope, so these bodies are only what a chapter's index holds — a post's title and the decisions
 * a lesson cites, the shares of a lesson and its adoptions — never a post's text.
 * `parseBlogBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idListProblem, idProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest post title (BL1.1), as a topic's (FO3). */
export const MAX_POST_TITLE_LENGTH = 200;
/** Most decisions a lesson cites (BL2). */
export const MAX_LESSON_DECISIONS = 8;

/** `post` (BL2): a post of `chapter`; with decisions, a lesson. Its id is the post's and its room's id (BL5). */
export interface PostBody {
  readonly kind: "post";
  readonly chapter: ChapterId;
  readonly title: string;
  /** Sorted ascending without repeats; empty for a post that is no lesson. */
  readonly decisions: readonly RecordId[];
}
/** `lesson-share` (BL3): the lesson `post` of `from` is shared to `chapter`. */
export interface LessonShareBody {
  readonly kind: "lesson-share";
  readonly chapter: ChapterId;
  readonly from: ChapterId;
  readonly post: RecordId;
}
/** `lesson-adoption` (BL4): the proposal `proposal` of `chapter` adopts the lesson `post` of `from`. */
export interface LessonAdoptionBody {
  readonly kind: "lesson-adoption";
  readonly chapter: ChapterId;
  readonly from: ChapterId;
  readonly post: RecordId;
  readonly proposal: ProposalId;
}
/** Any blog body. */
export type BlogBody = PostBody | LessonShareBody | LessonAdoptionBody;
/** A blog kind. */
export type BlogKind = BlogBody["kind"];

/** BL3.1, BL4.1: a lesson is shared to, or adopted by, another chapter than its own. */
const elsewhereProblem = (b: BodyObject) => (b.from === b.chapter ? "from is the chapter itself" : undefined);

/** The problem of `body` under the schema of `kind` (BL1.1), or undefined. */
function bodyProblem(kind: BlogKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "post":
      return (
        membersProblem(body, ["chapter", "decisions", "title"]) ??
        firstProblem(idProblem("chapter", b.chapter), plainTextProblem("title", b.title, MAX_POST_TITLE_LENGTH, false), idListProblem("decisions", b.decisions, 0, MAX_LESSON_DECISIONS))
      );
    case "lesson-share":
      return membersProblem(body, ["chapter", "from", "post"]) ?? firstProblem(idProblem("chapter", b.chapter), idProblem("from", b.from), idProblem("post", b.post), elsewhereProblem(b));
    case "lesson-adoption":
      return (
        membersProblem(body, ["chapter", "from", "post", "proposal"]) ??
        firstProblem(idProblem("chapter", b.chapter), idProblem("from", b.from), idProblem("post", b.post), idProblem("proposal", b.proposal), elsewhereProblem(b))
      );
  }
}

/** Parses the body of a blog record (BL1.1): the validator of each kind of blog/kinds.ts. Never throws. */
export function parseBlogBody<K extends BlogKind>(kind: K, body: CanonicalValue): BodyParse<Extract<BlogBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<BlogBody, { readonly kind: K }> };
}
