/**
 * Where an assembly's own records are (PROTOCOL.md AS1.1): the URL of its Assembly document,
 * derived from the assembly's id, so every device finds it with no index. Apart from the genesis
 * (assembly-document.ts), so that judging presence (AS8) does not load Automerge.
 */
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { derivedDocumentId, documentUrlOf } from "../encoding/derived-document-id.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";

/**
 * The URL of the Assembly document of `assembly` (AS1.1): `automerge:` and the Base58Check of the
 * first 16 bytes of SHA-256 of "chapterhouse-assembly", a line feed and the id's 32 bytes.
 * @throws {TypeError} if `assembly` is not the unpadded base64url of 32 bytes (R2).
 */
export function assemblyDocumentUrl(assembly: RecordId): DocumentUrl {
  return documentUrlOf(derivedDocumentId("chapterhouse-assembly", fromBase64urlOfLength(assembly, 32))) as DocumentUrl;
}
