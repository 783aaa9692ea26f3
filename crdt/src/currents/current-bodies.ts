/**
 * The bodies of the current kinds (PROTOCOL.md CU3, CU4) and their one validator: a current's
 * founding record with its name and its founder's statement, and a member's own join or leave.
 * `parseCurrentBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest name of a current, in UTF-16 code units (CU3), as a forum category's (FO2). */
export const MAX_CURRENT_NAME_LENGTH = 100;
/** Longest statement of a current (CU3), as a dissent (DS1.1). */
export const MAX_CURRENT_STATEMENT_LENGTH = 4_000;

/** `current` (CU3): its id is the current's id; its signer is the founder. */
export interface CurrentBody {
  readonly kind: "current";
  /** The organisation's root chapter (CU2.2). */
  readonly root: ChapterId;
  readonly name: string;
  readonly statement: string;
}
/** `current-join` and `current-leave` (CU4): the signer joins or leaves `current`. */
export interface CurrentMembershipBody {
  readonly kind: "current-join" | "current-leave";
  readonly root: ChapterId;
  readonly current: RecordId;
}
/** Any current body. */
export type CurrentsBody = CurrentBody | CurrentMembershipBody;
/** A current kind. */
export type CurrentKind = CurrentsBody["kind"];

/** The problem of `body` under the schema of `kind` (CU2.1), or undefined. */
function bodyProblem(kind: CurrentKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  if (kind === "current")
    return (
      membersProblem(body, ["name", "root", "statement"]) ??
      firstProblem(
        idProblem("root", b.root),
        plainTextProblem("name", b.name, MAX_CURRENT_NAME_LENGTH, false),
        plainTextProblem("statement", b.statement, MAX_CURRENT_STATEMENT_LENGTH, true),
      )
    );
  return membersProblem(body, ["current", "root"]) ?? firstProblem(idProblem("root", b.root), idProblem("current", b.current));
}

/** Parses a body of `kind` (CU2.1). Never throws. */
export function parseCurrentBody<K extends CurrentKind>(kind: K, body: CanonicalValue): BodyParse<Extract<CurrentsBody, { kind: K }>> {
  const problem = bodyProblem(kind, body);
  return problem === undefined ? { ok: true, body: { kind, ...(body as object) } as Extract<CurrentsBody, { kind: K }> } : { ok: false, problem };
}
