/**
 * The `member-name` record (PROTOCOL.md M14; D4: Chapter `names`): the name a member signs, so
 * that other members see it next to what the member signs. Display only, never authority: no
 * rule of membership, proposals or votes reads it, and it is not a membership kind (the fold never
 * sees it). Body exactly `{ chapter, name, seq }`, the chapter cited in `deps` (M14.1).
 */
import type { CanonicalValue } from "../canonical.js";
import type { ChapterId, RecordId } from "../ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import { firstProblem, idProblem, intProblem, membersProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";
import { MAX_SEQ } from "../proposals/proposal-bodies.js";

/** Longest name, in UTF-16 code units (M14.1). */
export const MAX_MEMBER_NAME_LENGTH = 200;

/** `member-name` (M14.1). */
export interface MemberNameBody {
  readonly kind: "member-name";
  readonly chapter: ChapterId;
  readonly name: string;
  readonly seq: number;
}

/** True for a C0 or C1 control character or DEL (U+0000–U+001F, U+007F–U+009F): never in a name (M14.1). */
const isControl = (unit: number): boolean => unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);

/** Why `name` cannot be signed as a name (M14.1), or undefined: 1–200 code units, no surrounding spaces, no control characters. Never throws. */
export function memberNameProblem(name: CanonicalValue | undefined): string | undefined {
  const length = textProblem("name", name, 1, MAX_MEMBER_NAME_LENGTH);
  if (length !== undefined) return length;
  const text = name as string;
  if (text.trim() !== text) return "name has a space at its start or end";
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return "name holds a control character";
  return undefined;
}

/** Parses a `member-name` body (M14.1). Never throws. */
export function parseMemberNameBody(body: CanonicalValue): BodyParse<MemberNameBody> {
  const b = body as BodyObject;
  const problem = membersProblem(body, ["chapter", "name", "seq"]) ?? firstProblem(idProblem("chapter", b.chapter), memberNameProblem(b.name), intProblem("seq", b.seq, 1, MAX_SEQ));
  return problem === undefined ? { ok: true, body: { kind: "member-name", chapter: b.chapter as ChapterId, name: b.name as string, seq: b.seq as number } } : { ok: false, problem };
}

/** A `member-name` to sign: `seq` one above the member's highest (M14.3); the chapter is added to the deps. Never throws. */
export function memberNameDraft(fields: { readonly chapter: ChapterId; readonly name: string; readonly seq: number }, deps?: Iterable<RecordId>): RecordDraft<"member-name", BodyFields<MemberNameBody>> {
  return { kind: "member-name", body: { chapter: fields.chapter, name: fields.name, seq: fields.seq }, deps: withNamed(deps, fields.chapter) };
}
