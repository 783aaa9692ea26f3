/**
 * Where a member's Profile document is (PROTOCOL.md PF4): its id derived from the member's public
 * key, so anyone who knows the key finds it with no index, and its genesis, the one change that
 * creates it, the same bytes on every device, so two devices that each start the document offline
 * share its record maps instead of creating rival ones that hide each other's records.
 */
import * as A from "@automerge/automerge";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { DOCUMENT_ID_BYTES, derivedDocumentId, documentUrlOf } from "../encoding/derived-document-id.js";
import { createProfileDoc } from "../documents/profile.js";
import type { DocumentUrl, MemberKey } from "../records/ids.js";

/** Bytes of a document id, as automerge-repo makes them (PF4.1). */
export const PROFILE_DOCUMENT_ID_BYTES = DOCUMENT_ID_BYTES;

/** The actor id of the genesis change (PF4.3): ASCII "CHAPprofgenesis1" in hex, fixed so the change is the same everywhere. */
export const PROFILE_GENESIS_ACTOR = "4348415070726f6667656e6573697331";

/**
 * The 16 bytes of `member`'s Profile document id (PF4.1): the first 16 bytes of SHA-256 of the
 * UTF-8 of "chapterhouse-profile-document" and a line feed, followed by the key's 32 bytes.
 * @throws {TypeError} if `member` is not the unpadded base64url of 32 bytes (R2).
 */
export function profileDocumentId(member: MemberKey): Uint8Array {
  return derivedDocumentId("chapterhouse-profile-document", fromBase64urlOfLength(member, 32));
}

/**
 * `member`'s Profile document URL (PF4.2): `automerge:` and the Base58Check of the id's bytes,
 * as automerge-repo writes it (`stringifyAutomergeUrl`).
 * @throws {TypeError} if `member` is not the unpadded base64url of 32 bytes (R2).
 */
export function profileDocumentUrl(member: MemberKey): DocumentUrl {
  return documentUrlOf(profileDocumentId(member)) as DocumentUrl;
}

/**
 * The genesis of every Profile document (PF4.3): the saved bytes of the change that creates an
 * empty one at the current schema (D1), made by PROFILE_GENESIS_ACTOR with no timestamp. The same
 * for every member: the id, not the content, says whose document it is. Never throws.
 */
export function profileGenesis(): Uint8Array {
  return A.save(createProfileDoc({ actor: PROFILE_GENESIS_ACTOR }));
}
