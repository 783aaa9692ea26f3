/**
 * Where an assembly's own records are (PROTOCOL.md AS1.1): the URL of its Assembly document,
 * derived from the assembly's id, so every device finds it with no index. Apart from the genesis
 * (assembly-document.ts), so that judging presence (AS8) does not load Automerge.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { toBase58check } from "../encoding/base58check.js";
import { utf8 } from "../encoding/utf8.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";

/** Bytes of a document id, as automerge-repo makes them. */
const ID_BYTES = 16;

/** What the assembly's id is hashed after (AS1.1): keeps the id apart from every other hash of an id. */
const ID_PREFIX = utf8("chapterhouse-assembly\n");

/**
 * The URL of the Assembly document of `assembly` (AS1.1): `automerge:` and the Base58Check of the
 * first 16 bytes of SHA-256 of "chapterhouse-assembly", a line feed and the id's 32 bytes.
 * @throws {TypeError} if `assembly` is not the unpadded base64url of 32 bytes (R2).
 */
export function assemblyDocumentUrl(assembly: RecordId): DocumentUrl {
  const id = fromBase64urlOfLength(assembly, 32);
  const input = new Uint8Array(ID_PREFIX.length + id.length);
  input.set(ID_PREFIX);
  input.set(id, ID_PREFIX.length);
  return `automerge:${toBase58check(sha256(input).slice(0, ID_BYTES))}` as DocumentUrl;
}
