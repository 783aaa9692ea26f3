/**
 * Where a chapter's moderation log lives (PROTOCOL.md MOD1): page 0 of the Thread pages (CH9.1) of
 * an id derived from the chapter's id alone, so every device finds it and no one has to create it.
 */
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { labelledHash } from "../encoding/derived-document-id.js";
import type { ChapterId, DocumentUrl, RecordId } from "../records/ids.js";
import { threadPageUrl } from "../chat/thread-page-document.js";

/**
 * The id of `chapter`'s moderation log (MOD1.1): SHA-256 of the UTF-8 of "chapterhouse-moderation-log"
 * and a line feed followed by the chapter id's 32 bytes, as unpadded base64url. No record's id.
 * @throws {TypeError} if `chapter` is not the unpadded base64url of 32 bytes (R2).
 */
export function moderationLogId(chapter: ChapterId): RecordId {
  return toBase64url(labelledHash("chapterhouse-moderation-log", fromBase64urlOfLength(chapter, 32))) as RecordId;
}

/** The URL of `chapter`'s moderation log document (MOD1.1): page 0 of its id (CH9.1). @throws as `moderationLogId`. */
export function moderationLogUrl(chapter: ChapterId): DocumentUrl {
  return threadPageUrl(moderationLogId(chapter), 0);
}
