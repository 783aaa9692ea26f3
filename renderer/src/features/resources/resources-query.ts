/**
 * A chapter's library (PROTOCOL.md RS5) and one resource's file (RS3.3), read in the worker and
 * read again whenever their documents change. The library reads the organisation's documents only;
 * a file's Attachment document is followed only by the file's query, so the chapter page never
 * loads a file (RS3.1).
 */
import type { Repo } from "@automerge/automerge-repo";
import { ATTACHMENT_DOCUMENT, CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import type { AttachmentRead, LibraryRead, ResourceFile } from "@chapterhouse/crdt/resources";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import { followModerationLog } from "../chat/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { resourceHandlers } from "./worker-handlers.js";

/** What the resources screens ask the worker. */
export type ResourcesWorker = Pick<Bound<typeof resourceHandlers>, "readLibrary" | "libraryForSearch" | "readAttachment">;

/** The query of `chapter`'s library. */
export function libraryQuery(worker: ResourcesWorker, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<LibraryRead> {
  const scope = organisation.url;
  return {
    key: `library ${scope} ${chapter}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const ready = held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url);
      return worker.readLibrary({ organisation: scope, chapters: ready, chapter });
    },
  };
}

/** The query of a resource's file: `missing` until its document arrives (RS3.3). */
export function attachmentQuery(worker: ResourcesWorker, organisation: OpenOrganisation, file: Pick<ResourceFile, "document" | "size" | "hash">): QuerySpec<AttachmentRead> {
  return {
    key: `attachment ${file.document} ${file.hash}`,
    async read(context) {
      const [standing] = await context.documents([{ url: file.document, type: ATTACHMENT_DOCUMENT, scope: organisation.url }]);
      if (standing?.state !== "ready") return { state: "missing" };
      return worker.readAttachment({ document: file.document, size: file.size, hash: file.hash });
    },
  };
}

/** The query following `chapter`'s moderation log (MOD1), where a moderator's hide of a resource is copied (RS9): its URL once held here. */
export function resourceLogQuery(repo: Repo, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<DocumentUrl | null> {
  return {
    key: `resource-log ${organisation.url} ${chapter}`,
    async read(context) {
      return (await followModerationLog(context, repo, chapter, organisation.url)) ?? null;
    },
  };
}
