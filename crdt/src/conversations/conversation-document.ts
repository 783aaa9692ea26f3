/**
 * Where a conversation is (PROTOCOL.md PVC2): a Conversation document whose id is derived from the
 * conversation's id, so every member finds it with no index, and whose genesis is the same bytes
 * everywhere, so members who open it offline share its maps (as PF4 does for profiles).
 */
import * as A from "@automerge/automerge";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { DOCUMENT_ID_BYTES, derivedDocumentId, documentUrlOf } from "../encoding/derived-document-id.js";
import { createConversationDoc } from "../documents/conversation.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";

/** Bytes of a document id, as automerge-repo makes them. */
export const CONVERSATION_DOCUMENT_ID_BYTES = DOCUMENT_ID_BYTES;

/** The actor id of the genesis change (PVC2.2): ASCII "CHAPconvgenesis1" in hex. */
export const CONVERSATION_GENESIS_ACTOR = "43484150636f6e7667656e6573697331";

/**
 * The 16 bytes of the Conversation document id of `scope` (PVC2.1): the first 16 bytes of SHA-256
 * of `chapterhouse-conversation-document\n` followed by the conversation id's 32 bytes.
 * @throws {TypeError} if `scope` is not the unpadded base64url of 32 bytes (R2).
 */
export function conversationDocumentId(scope: RecordId): Uint8Array {
  return derivedDocumentId("chapterhouse-conversation-document", fromBase64urlOfLength(scope, 32));
}

/**
 * The Conversation document URL of `scope` (PVC2.1): `automerge:` and the Base58Check of its id.
 * @throws what `conversationDocumentId` throws.
 */
export function conversationDocumentUrl(scope: RecordId): DocumentUrl {
  return documentUrlOf(conversationDocumentId(scope)) as DocumentUrl;
}

/** The genesis of every Conversation document (PVC2.2), by CONVERSATION_GENESIS_ACTOR with no timestamp. Never throws. */
export function conversationGenesis(): Uint8Array {
  return A.save(createConversationDoc({ actor: CONVERSATION_GENESIS_ACTOR }));
}
