/**
 * A chapter's dues as its section shows them (PROTOCOL.md DU5): the organisation's documents
 * followed, the worker's `readDues` over them. Read again whenever any of them changes.
 */
import type { DuesRead } from "@chapterhouse/crdt/dues";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { duesHandlers } from "./worker-handlers.js";

/** What the dues query asks the worker. */
export type DuesWorker = Pick<Bound<typeof duesHandlers>, "readDues">;

/** The query of `chapter`'s dues. */
export function duesQuery(worker: DuesWorker, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<DuesRead> {
  const scope = organisation.url;
  return {
    key: `dues ${scope} ${chapter}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      return worker.readDues({ organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url), chapter });
    },
  };
}
