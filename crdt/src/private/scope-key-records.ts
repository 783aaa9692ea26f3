/**
 * The key record a member signs to start an epoch (PROTOCOL.md PV3, PV7): the new key sealed to
 * each member who may read it, citing the key records of the epochs it replaces.
 */
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import { MAX_SEALED_MEMBERS, type ScopeKeyBody } from "./scope-key-body.js";
import type { ScopeKey } from "./scope-key.js";
import { sealKey } from "./seal-key.js";

/** A member to seal to: their key (K1) and the box key of their current profile (PF1.3, PF5.3), base64url. */
export interface SealRecipient {
  readonly member: MemberKey;
  readonly box: string;
}

/**
 * A `scope-key` to sign (PV3): `scopeKey` sealed to each recipient with a fresh ephemeral key
 * from `randomBytes` (PV2.1). Its deps: the scope's id (PV3.2) and `replaces`, the key records of the epochs it follows (PV6.4).
 * @throws {TypeError} if there are no recipients or more than MAX_SEALED_MEMBERS, a member is listed twice, or a box key is malformed or of small order.
 */
export function scopeKeyDraft(
  fields: { readonly scope: RecordId; readonly scopeKey: ScopeKey; readonly recipients: readonly SealRecipient[]; readonly replaces?: readonly RecordId[] },
  randomBytes: (length: number) => Uint8Array,
): RecordDraft<"scope-key", BodyFields<ScopeKeyBody>> {
  const { scope, scopeKey, recipients } = fields;
  if (recipients.length < 1 || recipients.length > MAX_SEALED_MEMBERS) throw new TypeError(`a key record seals to 1 to ${MAX_SEALED_MEMBERS} members`);
  const sealed: Record<MemberKey, string> = {};
  for (const { member, box } of recipients) {
    if (member in sealed) throw new TypeError("a member is listed twice");
    sealed[member] = toBase64url(sealKey(scopeKey.key, fromBase64urlOfLength(box, 32), randomBytes(32)));
  }
  return { kind: "scope-key", body: { scope, epoch: scopeKey.epoch, sealed }, deps: withNamed(fields.replaces, scope) };
}
