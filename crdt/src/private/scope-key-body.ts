/**
 * The `scope-key` record's body (PROTOCOL.md PV3): an epoch's key sealed to each member who may
 * read the epoch. The record is signed by someone with authority over the scope (its document's
 * rule, e.g. the conversation's members); the body alone says nothing of who that is.
 */
import { isBase64urlOfLength } from "../encoding/base64url.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { isObject, type CanonicalValue } from "../records/canonical.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import { firstProblem, idProblem, is32Bytes, membersProblem, type BodyObject } from "../proposals/field-checks.js";
import type { EpochId } from "./scope-key.js";
import { SEALED_KEY_BYTES } from "./seal-key.js";

/** Most members one `scope-key` record seals to (PV3.1); a larger scope signs several records for one epoch. */
export const MAX_SEALED_MEMBERS = 1000;

/** `scope-key` (PV3). */
export interface ScopeKeyBody {
  readonly kind: "scope-key";
  /** The scope's content id (PV1.1). */
  readonly scope: RecordId;
  /** The epoch the sealed key names (PV1.2). */
  readonly epoch: EpochId;
  /** Member key (K1) → the key sealed to their box key (PV2), unpadded base64url of 80 bytes. */
  readonly sealed: { readonly [member: MemberKey]: string };
}

/** Problem if `value` is not 1–1,000 members, each a member key sealed to (PV3.1). Never throws. */
function sealedProblem(value: CanonicalValue | undefined): string | undefined {
  if (!isObject(value)) return "sealed is not an object";
  const entries = Object.entries(value);
  if (entries.length < 1 || entries.length > MAX_SEALED_MEMBERS) return `sealed must hold 1 to ${MAX_SEALED_MEMBERS} members`;
  for (const [member, seal] of entries) {
    if (!is32Bytes(member)) return "a member of sealed is not a 32-byte base64url key";
    if (!isBase64urlOfLength(seal, SEALED_KEY_BYTES)) return `sealed.${member} is not a ${SEALED_KEY_BYTES}-byte base64url value`;
  }
  return undefined;
}

/** Parses a `scope-key` body (PV3.1). Never throws. */
export function parseScopeKeyBody(body: CanonicalValue): BodyParse<ScopeKeyBody> {
  const b = body as BodyObject;
  const problem = membersProblem(body, ["epoch", "scope", "sealed"]) ?? firstProblem(idProblem("scope", b.scope), idProblem("epoch", b.epoch), sealedProblem(b.sealed));
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind: "scope-key", scope: b.scope as RecordId, epoch: b.epoch as EpochId, sealed: b.sealed as ScopeKeyBody["sealed"] } };
}
