/**
 * Where a member's Profile document is (PROTOCOL.md PF4): its id derived from the member's public
 * key, so anyone who knows the key finds it with no index, and its genesis, the one change that
 * creates it, the same bytes on every device, so two devices that each start the document offline
 * share its record maps instead of creating rival ones that hide each other's records.
 */
import * as A from "@automerge/automerge";
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { toBase58check } from "../encoding/base58check.js";
import { createProfileDoc } from "../documents/profile.js";
import type { DocumentUrl, MemberKey } from "../records/ids.js";
import { utf8 } from "../encoding/utf8.js";

/** Bytes of a document id, as automerge-repo makes them (PF4.1). */
export const PROFILE_DOCUMENT_ID_BYTES = 16;

/** What the key is hashed after (PF4.1): keeps the id apart from every other hash of a key. */
const ID_PREFIX = utf8("chapterhouse-profile-document\n");

/** The actor id of the genesis change (PF4.3): ASCII "CHAPprofgenesis1" in hex, fixed so the change is the same everywhere. */
export const PROFILE_GENESIS_ACTOR = "4348415070726f6667656e6573697331";

/**
 * The 16 bytes of `member`'s Profile document id (PF4.1): the first 16 bytes of SHA-256 of the
 * UTF-8 of "chapterhouse-profile-document" and a line feed, followed by the key's 32 bytes.
 * @throws {TypeError} if `member` is not the unpadded base64url of 32 bytes (R2).
 */
export function profileDocumentId(member: MemberKey): Uint8Array {
  const key = fromBase64urlOfLength(member, 32);
  const input = new Uint8Array(ID_PREFIX.length + key.length);
  input.set(ID_PREFIX);
  input.set(key, ID_PREFIX.length);
  return sha256(input).slice(0, PROFILE_DOCUMENT_ID_BYTES);
}

/**
 * `member`'s Profile document URL (PF4.2): `automerge:` and the Base58Check of the id's bytes,
 * as automerge-repo writes it (`stringifyAutomergeUrl`).
 * @throws {TypeError} if `member` is not the unpadded base64url of 32 bytes (R2).
 */
export function profileDocumentUrl(member: MemberKey): DocumentUrl {
  return `automerge:${toBase58check(profileDocumentId(member))}` as DocumentUrl;
}

/**
 * The genesis of every Profile document (PF4.3): the saved bytes of the change that creates an
 * empty one at the current schema (D1), made by PROFILE_GENESIS_ACTOR with no timestamp. The same
 * for every member: the id, not the content, says whose document it is. Never throws.
 */
export function profileGenesis(): Uint8Array {
  return A.save(createProfileDoc({ actor: PROFILE_GENESIS_ACTOR }));
}
