/**
 * Every chapter's general room (PROTOCOL.md CH2.4): it has no creation record, so no one has to
 * create it first and two founders offline cannot create two; its id is derived from the
 * chapter's id, and it is open to the chapter's direct members.
 */
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { labelledHash } from "../encoding/derived-document-id.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { Room } from "./room.js";

/**
 * The id of `chapter`'s general room (CH2.4): SHA-256 of the UTF-8 of "chapterhouse-general-room"
 * and a line feed followed by the chapter id's 32 bytes, as unpadded base64url. It is no record's
 * id: no SHA-256 of a record text starts with those bytes unless SHA-256 collides.
 * @throws {TypeError} if `chapter` is not the unpadded base64url of 32 bytes (R2).
 */
export function generalRoomId(chapter: ChapterId): RecordId {
  return toBase64url(labelledHash("chapterhouse-general-room", fromBase64urlOfLength(chapter, 32))) as RecordId;
}

/**
 * `chapter`'s general room (CH2.4): no name of its own (the app shows its word for "General"),
 * open to the chapter's direct members.
 * @throws {TypeError} if `chapter` is not the unpadded base64url of 32 bytes (R2).
 */
export function generalRoom(chapter: ChapterId): Room {
  return { id: generalRoomId(chapter), chapter, name: "", access: "chapter", members: [], creator: null };
}
