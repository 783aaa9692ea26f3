/**
 * Where a room's pages are (PROTOCOL.md CH9): page `n` of a room is a Thread document whose id is
 * derived from the room's id and `n`, so every device finds any page with no index and two devices
 * that start the same page offline start the same document; its genesis, the one change that
 * creates it, is the same bytes everywhere, so they share its record maps (as PF4 does for
 * profiles).
 */
import * as A from "@automerge/automerge";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { toBase58check } from "../encoding/base58check.js";
import { concatBytes } from "../encoding/concat-bytes.js";
import { DOCUMENT_ID_BYTES, derivedDocumentId } from "../encoding/derived-document-id.js";
import { createThreadDoc } from "../documents/thread.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";
import { MAX_SEQ } from "../proposals/proposal-bodies.js";

/** Bytes of a document id, as automerge-repo makes them. */
export const THREAD_PAGE_ID_BYTES = DOCUMENT_ID_BYTES;

/** The actor id of the genesis change (CH9.2): ASCII "CHAPthrdgenesis1" in hex, fixed so the change is the same everywhere. */
export const THREAD_GENESIS_ACTOR = "434841507468726467656e6573697331";

/**
 * The 16 bytes of the id of page `n` of room `scope` (CH9.1): the first 16 bytes of SHA-256 of the
 * UTF-8 of "chapterhouse-thread-page" and a line feed, the room id's 32 bytes, and `n` as 4 bytes
 * big-endian.
 * @throws {TypeError} if `scope` is not the unpadded base64url of 32 bytes (R2).
 * @throws {RangeError} if `n` is not an integer in 0..2^31.
 */
export function threadPageId(scope: RecordId, n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_SEQ) throw new RangeError(`a page number is an integer in 0..${MAX_SEQ}`);
  const page = new Uint8Array(4);
  new DataView(page.buffer).setUint32(0, n);
  return derivedDocumentId("chapterhouse-thread-page", concatBytes([fromBase64urlOfLength(scope, 32), page]));
}

/**
 * The URL of page `n` of room `scope` (CH9.1): `automerge:` and the Base58Check of its id, as
 * automerge-repo writes it (`stringifyAutomergeUrl`).
 * @throws what `threadPageId` throws.
 */
export function threadPageUrl(scope: RecordId, n: number): DocumentUrl {
  return `automerge:${toBase58check(threadPageId(scope, n))}` as DocumentUrl;
}

/**
 * The genesis of every page (CH9.2): the saved bytes of the change that creates an empty Thread
 * document at its current schema (D1), by THREAD_GENESIS_ACTOR with no timestamp. The same for
 * every page of every room: the id says which page it is. Never throws.
 */
export function threadGenesis(): Uint8Array {
  return A.save(createThreadDoc({ actor: THREAD_GENESIS_ACTOR }));
}
