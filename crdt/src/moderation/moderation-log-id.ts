/**
 * Where a chapter's moderation log lives (PROTOCOL.md MOD1): page 0 of the Thread pages (CH9.1) of
 * an id derived from the chapter's id alone, so every device finds it and no one has to create it.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";
import type { ChapterId, DocumentUrl, RecordId } from "../records/ids.js";
import { threadPageUrl } from "../chat/thread-page-document.js";

/** What the chapter's id is hashed after (MOD1.1). */
const PREFIX = utf8("chapterhouse-moderation-log\n");

/**
 * The id of `chapter`'s moderation log (MOD1.1): SHA-256 of the UTF-8 of "chapterhouse-moderation-log"
 * and a line feed followed by the chapter id's 32 bytes, as unpadded base64url. No record's id.
 * @throws {TypeError} if `chapter` is not the unpadded base64url of 32 bytes (R2).
 */
export function moderationLogId(chapter: ChapterId): RecordId {
  const id = fromBase64urlOfLength(chapter, 32);
  const input = new Uint8Array(PREFIX.length + id.length);
  input.set(PREFIX);
  input.set(id, PREFIX.length);
  return toBase64url(sha256(input)) as RecordId;
}

/** The URL of `chapter`'s moderation log document (MOD1.1): page 0 of its id (CH9.1). @throws as `moderationLogId`. */
export function moderationLogUrl(chapter: ChapterId): DocumentUrl {
  return threadPageUrl(moderationLogId(chapter), 0);
}
