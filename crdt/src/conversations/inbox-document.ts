/**
 * A member's inbox (PROTOCOL.md PVC6.3): the document others put invitations in, found from the
 * member's box key alone, so a member's every device (and a device restored from the recovery
 * phrase, K3.5) finds every conversation it was invited to, offline first and synced later. It
 * holds no record: only sealed invitations, which name no sender and no conversation to others.
 */
import * as A from "@automerge/automerge";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { derivedDocumentId, documentUrlOf } from "../encoding/derived-document-id.js";
import type { DocumentUrl } from "../records/ids.js";

/** An inbox: its schema and the sealed invitations under their ids. */
export interface InboxDoc {
  schema: number;
  invitations: Record<string, unknown>;
  unsigned: Record<string, never>;
}

/** The actor id of the genesis change (PVC6.3): ASCII "CHAPinbxgenesis1" in hex. */
export const INBOX_GENESIS_ACTOR = "43484150696e627867656e6573697331";

/**
 * The 16 bytes of the inbox document id of the member whose box key is `box` (PVC6.3): the first
 * 16 bytes of SHA-256 of `chapterhouse-inbox\n` followed by the box key's 32 bytes.
 * @throws {TypeError} if `box` is not the unpadded base64url of 32 bytes (R2).
 */
export function inboxDocumentId(box: string): Uint8Array {
  return derivedDocumentId("chapterhouse-inbox", fromBase64urlOfLength(box, 32));
}

/** The inbox document URL of box key `box` (PVC6.3). @throws what `inboxDocumentId` throws. */
export function inboxDocumentUrl(box: string): DocumentUrl {
  return documentUrlOf(inboxDocumentId(box)) as DocumentUrl;
}

/**
 * The genesis of every inbox (PVC6.3): one change by INBOX_GENESIS_ACTOR, message `create inbox`,
 * no timestamp, setting `schema` to 1 and creating the maps `invitations` and `unsigned`. Never throws.
 */
export function inboxGenesis(): Uint8Array {
  const doc = A.change(A.init<InboxDoc>({ actor: INBOX_GENESIS_ACTOR }), { message: "create inbox", time: undefined }, (d) => {
    d.schema = 1;
    d.invitations = {};
    d.unsigned = {};
  });
  return A.save(doc);
}
