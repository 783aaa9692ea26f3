import type { AutomergeUrl, DocumentId } from "@automerge/automerge-repo";
import type { DocumentUrl } from "@chapterhouse/crdt/records";

const PREFIX = "automerge:";

/** The automerge-repo document id of a document URL (`automerge:<id>` → `<id>`). Never throws. */
export function documentIdOf(url: DocumentUrl | AutomergeUrl): DocumentId {
  return (url.startsWith(PREFIX) ? url.slice(PREFIX.length) : url) as DocumentId;
}

/** The document URL (as records carry it, PROTOCOL.md D6) of an automerge-repo URL or id. Never throws. */
export function documentUrlOf(id: AutomergeUrl | DocumentId | string): DocumentUrl {
  return (id.startsWith(PREFIX) ? id : `${PREFIX}${id}`) as DocumentUrl;
}
