/**
 * Document ids every device derives from what it already knows (PROTOCOL.md PF4.1, PVC2.1,
 * PVC6.3, AS1.1, CH9.1, CU1.1): the first 16 bytes of SHA-256 of a label, a line feed and some bytes, and their URL
 * (PF4.2), so a document is found with no index.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { toBase58check } from "./base58check.js";
import { utf8 } from "./utf8.js";

/** Bytes of a document id, as automerge-repo makes them. */
export const DOCUMENT_ID_BYTES = 16;

/**
 * SHA-256 of the UTF-8 of `label`, a line feed (U+000A), then `bytes`: an id derived from another
 * (CH2.4, MOD1.1), kept apart by its label from every other hash of the same bytes.
 */
export function labelledHash(label: string, bytes: Uint8Array): Uint8Array {
  const prefix = utf8(`${label}\n`);
  const input = new Uint8Array(prefix.length + bytes.length);
  input.set(prefix);
  input.set(bytes, prefix.length);
  return sha256(input);
}

/** The first 16 bytes of SHA-256 of the UTF-8 of `label`, a line feed (U+000A), then `bytes`. */
export function derivedDocumentId(label: string, bytes: Uint8Array): Uint8Array {
  return labelledHash(label, bytes).slice(0, DOCUMENT_ID_BYTES);
}

/** A document id's URL (PF4.2): `automerge:` and the Base58Check of its bytes, as automerge-repo writes it. */
export function documentUrlOf(id: Uint8Array): `automerge:${string}` {
  return `automerge:${toBase58check(id)}`;
}
