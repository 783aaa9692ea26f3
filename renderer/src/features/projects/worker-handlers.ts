/**
 * What the projects feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * a chapter's projects judged (crdt's `readProjects`, PROTOCOL.md PJ), over the worker's copies of
 * the organisation's documents, once per change of them.
 */
import { readProjects, type ProjectsRead } from "@chapterhouse/crdt/projects";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isProjectsRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every record's membership context (PJ1). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
});

/** A chapter's projects (PJ6), once per change of its documents. */
function projects({ organisation, chapters, chapter }: Guarded<typeof isProjectsRequest>, context: WorkerContext): Promise<ProjectsRead> {
  const urls: DocumentUrl[] = [organisation, ...chapters];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `projects ${chapter} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () => withVerifiedIds(context, urls, () => readProjects({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified))) as Promise<ProjectsRead>;
}

/** The projects feature's handlers. */
export const projectHandlers = {
  /** A chapter's projects (PJ6). */
  readProjects: handler(isProjectsRequest, projects),
  /** The same in the background lane, for search (HOME4). */
  projectsForSearch: backgroundHandler(isProjectsRequest, projects),
};
