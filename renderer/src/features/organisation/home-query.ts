/**
 * The member's Home document (PROTOCOL.md D4.1, K3.6), read while their identity is unlocked: the
 * worker's `readHome` counts only the member's own entries. It is announced to every relay (so
 * restoring on a new device finds it through any), and like every document its records are kept
 * and written back by the document layer (D8, D9).
 */
import type { Repo } from "@automerge/automerge-repo";
import { HOME_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { HomeEntries } from "@chapterhouse/crdt/home";
import type { DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { EVERYWHERE } from "../../shared/documents/document-layer.js";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import { homeDocumentUrl, openHomeDocument } from "./home-document.js";
import type { organisationHandlers } from "./worker-handlers.js";

/** What the Home document says, as the member's screens see it. */
export interface HomeView {
  /** False until the document has been opened and read once. */
  readonly loaded: boolean;
  readonly entries: HomeEntries;
}

/** The Home document's URL for the member's 16 bytes (K3.6). */
export function homeUrlOf(bytes: Uint8Array): DocumentUrl {
  return documentUrlOf(homeDocumentUrl(bytes));
}

/** The query of the member's Home entries. */
export function homeQuery(worker: Pick<Bound<typeof organisationHandlers>, "readHome">, repo: Repo, member: MemberKey, bytes: Uint8Array): QuerySpec<HomeEntries> {
  const url = homeUrlOf(bytes);
  return {
    key: `home ${url}`,
    async read(context) {
      await context.documents([{ url, type: HOME_DOCUMENT, scope: EVERYWHERE, find: () => openHomeDocument(repo, bytes) }], { wait: true });
      return worker.readHome({ document: url, member });
    },
  };
}
