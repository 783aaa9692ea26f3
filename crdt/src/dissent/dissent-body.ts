/**
 * The body of a dissenting statement (PROTOCOL.md DS1) and its validator: a member's signed
 * statement attached to a decision of their chapter, kept with it in the decisions log. Never throws.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest dissenting statement, in UTF-16 code units (DS1.1), as a post (CH4.1). */
export const MAX_DISSENT_LENGTH = 4_000;

/**
 * `dissent` (DS1): `text` is the member's statement against (or beside) the decision `decision`;
 * `current`, when present, the current (CU3) the dissenter links it to (DS1.5).
 */
export interface DissentBody {
  readonly kind: "dissent";
  readonly chapter: ChapterId;
  readonly decision: RecordId;
  readonly text: string;
  readonly current?: RecordId;
}

/** Parses a `dissent` body (DS1.1). Never throws. */
export function parseDissentBody(body: CanonicalValue): BodyParse<DissentBody> {
  const b = body as BodyObject;
  const linked = isObject(body) && Object.hasOwn(body, "current");
  const problem =
    // `current` is the one optional member (DS1.5): a dissent without it is as before.
    membersProblem(body, ["chapter", "decision", "text", ...(linked ? ["current"] : [])]) ??
    firstProblem(idProblem("chapter", b.chapter), idProblem("decision", b.decision), plainTextProblem("text", b.text, MAX_DISSENT_LENGTH, true), linked ? idProblem("current", b.current) : undefined);
  return problem === undefined ? { ok: true, body: { kind: "dissent", ...(body as object) } as DissentBody } : { ok: false, problem };
}
