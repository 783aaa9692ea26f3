/**
 * Where a member's conversations are (PROTOCOL.md PVC2, PVC6.3): a conversation's document and a
 * member's inbox, both found from what their finder knows alone (the conversation's id, the box
 * key) and opened with their shared genesis, so copies started apart, offline, merge. Announced to
 * every relay, like a Profile document: their ids name no member and no organisation.
 */
import type { Repo } from "@automerge/automerge-repo";
import { conversationDocumentUrl, conversationGenesis, inboxDocumentUrl, inboxGenesis } from "@chapterhouse/crdt/conversations";
import { CONVERSATION_DOCUMENT, INBOX_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { RecordId } from "@chapterhouse/crdt/records";
import { EVERYWHERE } from "../../shared/documents/document-layer.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import { openWithGenesis } from "../../shared/documents/open-with-genesis.js";

/** The genesis (PVC2.2): the same bytes for every conversation, made once per page (a fresh device opens thousands). */
let genesis: Uint8Array | undefined;

/** The request to follow the Conversation document of `scope` (PVC2). @throws {TypeError} if `scope` is not an id. */
export function conversationDocumentRequest(repo: Repo, scope: RecordId): DocumentRequest {
  const url = conversationDocumentUrl(scope);
  return { url, type: CONVERSATION_DOCUMENT, scope: EVERYWHERE, find: () => openWithGenesis(repo, documentIdOf(url), (genesis ??= conversationGenesis())) };
}

/** The request to follow the inbox of the member whose box key is `box` (PVC6.3). @throws {TypeError} if `box` is not 32 bytes of base64url. */
export function inboxDocumentRequest(repo: Repo, box: string): DocumentRequest {
  const url = inboxDocumentUrl(box);
  return { url, type: INBOX_DOCUMENT, scope: EVERYWHERE, find: () => openWithGenesis(repo, documentIdOf(url), inboxGenesis()) };
}
