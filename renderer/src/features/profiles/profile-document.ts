/**
 * A member's Profile document (PROTOCOL.md PF4): found from their key alone, opened with its
 * shared genesis (PF4.4), where their profiles and pictures are (PF3.3).
 */
import type { Repo } from "@automerge/automerge-repo";
import { PROFILE_DOCUMENT } from "@chapterhouse/crdt/documents";
import { profileDocumentUrl, profileGenesis } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { openWithGenesis } from "../../shared/documents/open-with-genesis.js";

/**
 * The document layer's request to follow `member`'s Profile document, announced in `scope`.
 * @throws {TypeError} if `member` is not a key (R2).
 */
export function profileDocumentRequest(repo: Repo, member: MemberKey, scope: string): DocumentRequest {
  const url = profileDocumentUrl(member);
  return { url, type: PROFILE_DOCUMENT, scope, find: () => openWithGenesis(repo, documentIdOf(url), profileGenesis()) };
}
