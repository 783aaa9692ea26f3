/**
 * Where an assembly's own records are (PROTOCOL.md AS1): an Assembly document whose id is derived
 * from the assembly's id, so every device finds it with no index, and whose genesis is the same
 * bytes everywhere, so two devices that open it offline in one room share its record maps (as
 * CH9 does for a room's pages).
 */
import * as A from "@automerge/automerge";
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { toBase58check } from "../encoding/base58check.js";
import { utf8 } from "../encoding/utf8.js";
import { createAssemblyDoc } from "../documents/assembly.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";

/** Bytes of a document id, as automerge-repo makes them. */
const ID_BYTES = 16;

/** What the assembly's id is hashed after (AS1.1): keeps the id apart from every other hash of an id. */
const ID_PREFIX = utf8("chapterhouse-assembly\n");

/** The actor id of the genesis change (AS1.2): ASCII "CHAPassmblygen01" in hex. */
export const ASSEMBLY_GENESIS_ACTOR = "434841506173736d626c7967656e3031";

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

/**
 * The genesis of every Assembly document (AS1.2): the saved change creating an empty one at its
 * current schema, by ASSEMBLY_GENESIS_ACTOR with no timestamp. Never throws.
 */
export function assemblyGenesis(): Uint8Array {
  return A.save(createAssemblyDoc({ actor: ASSEMBLY_GENESIS_ACTOR }));
}
