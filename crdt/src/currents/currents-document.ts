/**
 * Where an organisation's currents live (PROTOCOL.md CU1): a Currents document whose id is derived
 * from the organisation's root chapter id, so every device finds it with no index and no chapter
 * holds it, and whose genesis is the same bytes everywhere, so two devices that open it offline
 * share its record maps (as AS1 for an assembly).
 */
import * as A from "@automerge/automerge";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { derivedDocumentId, documentUrlOf } from "../encoding/derived-document-id.js";
import { createCurrentsDoc } from "../documents/currents.js";
import type { ChapterId, DocumentUrl } from "../records/ids.js";

/** The actor id of the genesis change (CU1.2): ASCII "CHAPcurrntsgen01" in hex. */
export const CURRENTS_GENESIS_ACTOR = "43484150637572726e747367656e3031";

/**
 * The URL of the Currents document of the organisation whose root chapter is `root` (CU1.1):
 * `automerge:` and the Base58Check of the first 16 bytes of SHA-256 of "chapterhouse-currents", a
 * line feed and the root's 32 bytes.
 * @throws {TypeError} if `root` is not the unpadded base64url of 32 bytes (R2).
 */
export function currentsDocumentUrl(root: ChapterId): DocumentUrl {
  return documentUrlOf(derivedDocumentId("chapterhouse-currents", fromBase64urlOfLength(root, 32))) as DocumentUrl;
}

/**
 * The genesis of every Currents document (CU1.2): the saved change creating an empty one at its
 * current schema, by CURRENTS_GENESIS_ACTOR with no timestamp. Never throws.
 */
export function currentsGenesis(): Uint8Array {
  return A.save(createCurrentsDoc({ actor: CURRENTS_GENESIS_ACTOR }));
}
