/**
 * Page `n` of a room (PROTOCOL.md CH9): found from the room's id and the number alone, opened with
 * the shared genesis (CH9.2) so two devices that start a page offline share its maps.
 */
import type { Repo } from "@automerge/automerge-repo";
import { threadGenesis, threadPageUrl } from "@chapterhouse/crdt/chat";
import { THREAD_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { openWithGenesis } from "../../shared/documents/open-with-genesis.js";

/** The document layer's request to follow page `n` of `room`, announced in `scope`. @throws what `threadPageUrl` throws. */
export function threadPageRequest(repo: Repo, room: RecordId, n: number, scope: string): DocumentRequest {
  const url = threadPageUrl(room, n);
  return { url, type: THREAD_DOCUMENT, scope, find: () => openWithGenesis(repo, documentIdOf(url), threadGenesis()) };
}
