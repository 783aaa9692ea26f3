/** A chapter's projects (PROTOCOL.md PJ6), read in the worker and read again whenever the organisation's documents change. */
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ProjectsRead } from "@chapterhouse/crdt/projects";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { projectHandlers } from "./worker-handlers.js";

/** What the projects screens ask the worker. */
export type ProjectsWorker = Pick<Bound<typeof projectHandlers>, "readProjects" | "projectsForSearch">;

/** The query of `chapter`'s projects. */
export function projectsQuery(worker: ProjectsWorker, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<ProjectsRead> {
  const scope = organisation.url;
  return {
    key: `projects ${scope} ${chapter}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const ready = held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url);
      return worker.readProjects({ organisation: scope, chapters: ready, chapter });
    },
  };
}
