/** The organisation's mutual-aid boards (PROTOCOL.md AID5), read again whenever any of its documents changes. */
import type { AidPost } from "@chapterhouse/crdt/aid";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { aidHandlers } from "./worker-handlers.js";

/** What the aid query asks the worker. */
export type AidWorker = Pick<Bound<typeof aidHandlers>, "readAid">;

/** The query of the organisation's boards. */
export function aidQuery(worker: AidWorker, organisation: OpenOrganisation): QuerySpec<AidPost[]> {
  const scope = organisation.url;
  return {
    key: `aid ${scope}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      return worker.readAid({ organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url) });
    },
  };
}
