/**
 * Where an organisation's currents live (PROTOCOL.md CU1): a Currents document whose id is derived
 * from the organisation's root chapter id, so every device finds it with no index and no chapter
 * holds it, and whose genesis is the same bytes everywhere, so two devices that open it offline
 * share its record maps (as AS1 for an assembly).
 */
import * as A from "@automerge/automerge";
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { toBase58check } from "../encoding/base58check.js";
import { utf8 } from "../encoding/utf8.js";
import { createCurrentsDoc } from "../documents/currents.js";
import type { ChapterId, DocumentUrl } from "../records/ids.js";

/** Bytes of a document id, as automerge-repo makes them. */
const ID_BYTES = 16;

/** What the root chapter's id is hashed after (CU1.1): keeps the id apart from every other hash of an id. */
const ID_PREFIX = utf8("chapterhouse-currents\n");

/** The actor id of the genesis change (CU1.2): ASCII "CHAPcurrntsgen01" in hex. */
export const CURRENTS_GENESIS_ACTOR = "43484150637572726e747367656e3031";

/**
 * The URL of the Currents document of the organisation whose root chapter is `root` (CU1.1):
 * `automerge:` and the Base58Check of the first 16 bytes of SHA-256 of "chapterhouse-currents", a
 * line feed and the root's 32 bytes.
 * @throws {TypeError} if `root` is not the unpadded base64url of 32 bytes (R2).
 */
export function currentsDocumentUrl(root: ChapterId): DocumentUrl {
  const id = fromBase64urlOfLength(root, 32);
  const input = new Uint8Array(ID_PREFIX.length + id.length);
  input.set(ID_PREFIX);
  input.set(id, ID_PREFIX.length);
  return `automerge:${toBase58check(sha256(input).slice(0, ID_BYTES))}` as DocumentUrl;
}

/**
 * The genesis of every Currents document (CU1.2): the saved change creating an empty one at its
 * current schema, by CURRENTS_GENESIS_ACTOR with no timestamp. Never throws.
 */
export function currentsGenesis(): Uint8Array {
  return A.save(createCurrentsDoc({ actor: CURRENTS_GENESIS_ACTOR }));
}
