/**
 * The events of a chapter and of every chapter below it (PROTOCOL.md EV4.3), read in the worker
 * over the organisation's documents; read again whenever one of them changes.
 */
import { subtreeOf } from "@chapterhouse/crdt/membership";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { EventsAnswer, eventHandlers } from "./worker-handlers.js";

/** What the events screens ask the worker. */
export type EventsWorker = Pick<Bound<typeof eventHandlers>, "readEvents" | "homeEvents">;

/** The query of the events of `chapter` and the chapters below it. */
export function eventsQuery(
  worker: EventsWorker,
  organisation: OpenOrganisation,
  chapter: ChapterId,
): QuerySpec<EventsAnswer> {
  const scope = organisation.url;
  return {
    key: `events ${scope} ${chapter}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({
        url: entry.document,
        type: CHAPTER_DOCUMENT,
        scope,
      }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const ready = held
        .slice(1)
        .filter((entry) => entry.state === "ready")
        .map((entry) => entry.url);
      return worker.readEvents({ organisation: scope, chapters: ready, of: subtreeOf(view.roster, chapter) });
    },
  };
}
