/**
 * The bodies of an assembly's minutes (PROTOCOL.md AS10) and their validator: the chair names the
 * `secretary`, the chair and the secretary write their `minutes-note`, and each signs the minutes'
 * digest with `minutes-sign`. `parseMinutesBody` never throws.
 */
import type { BodyParse } from "../kinds/define-kind.js";
import type { CanonicalValue } from "../records/canonical.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idProblem, intProblem, is32Bytes, membersProblem, oneOfProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest note (AS10.2). */
export const MAX_NOTE_LENGTH = 20_000;

/** Who writes a note or signs the minutes (AS10.2, AS10.3). */
export const MINUTES_ROLES = Object.freeze(["chair", "secretary"] as const);
/** One of MINUTES_ROLES. */
export type MinutesRole = (typeof MINUTES_ROLES)[number];

/** `secretary`: a chair names the assembly's secretary (AS10.1). */
export interface SecretaryBody {
  readonly kind: "secretary";
  readonly assembly: RecordId;
  readonly member: MemberKey;
}
/** `minutes-note`: the chair's or the secretary's note (AS10.2); "" for none. */
export interface MinutesNoteBody {
  readonly kind: "minutes-note";
  readonly assembly: RecordId;
  readonly as: MinutesRole;
  readonly text: string;
}
/** `minutes-sign`: the chair's or the secretary's signature of the minutes until `until` (AS10.3). */
export interface MinutesSignBody {
  readonly kind: "minutes-sign";
  readonly assembly: RecordId;
  readonly as: MinutesRole;
  readonly until: number;
  /** base64url of SHA-256 of the minutes' canonical JSON (AS10.4). */
  readonly digest: string;
}
/** A minutes kind's body. */
export type MinutesRecordBody = SecretaryBody | MinutesNoteBody | MinutesSignBody;

function noteProblem(value: CanonicalValue | undefined): string | undefined {
  return value === "" ? undefined : plainTextProblem("text", value, MAX_NOTE_LENGTH, true);
}

/** The problem of `body` under `kind`'s schema (AS10.1–AS10.3), or undefined. Never throws. */
function bodyProblem(kind: MinutesRecordBody["kind"], body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "secretary":
      return membersProblem(body, ["assembly", "member"]) ?? firstProblem(idProblem("assembly", b.assembly), is32Bytes(b.member) ? undefined : "member is not a member key");
    case "minutes-note":
      return membersProblem(body, ["as", "assembly", "text"]) ?? firstProblem(idProblem("assembly", b.assembly), oneOfProblem("as", b.as, MINUTES_ROLES), noteProblem(b.text));
    case "minutes-sign":
      return (
        membersProblem(body, ["as", "assembly", "digest", "until"]) ??
        firstProblem(idProblem("assembly", b.assembly), oneOfProblem("as", b.as, MINUTES_ROLES), intProblem("until", b.until, 0, Number.MAX_SAFE_INTEGER), idProblem("digest", b.digest))
      );
  }
}

/** Parses the body of a minutes record (AS10.1–AS10.3). Never throws. */
export function parseMinutesBody<K extends MinutesRecordBody["kind"]>(kind: K, body: CanonicalValue): BodyParse<Extract<MinutesRecordBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<MinutesRecordBody, { readonly kind: K }> };
}
