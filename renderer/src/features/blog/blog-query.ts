/**
 * The organisation's blogs and, for the post screen, one post's newest pages (PROTOCOL.md BL5,
 * BL6): the blogs from the Chapter documents alone (never a post's text), a post paged as a room
 * (CH9.5). Read again whenever any document it rests on changes.
 */
import type { Repo } from "@automerge/automerge-repo";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { Pending, type QueryContext, type QuerySpec } from "../../shared/documents/live-query.js";
import { followModerationLog, followNewestPages } from "../chat/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { BlogWorker } from "./blog-worker.js";
import type { BlogAnswer, PostAnswer } from "./worker-handlers.js";

/** How many messages of a post a first screen shows (CH9.5). */
export const FIRST_SCREEN = 50;

/** What the post screen shows: the worker's answer, and the pages followed, as chat's room screen has them. */
export interface PostValue extends PostAnswer {
  readonly pages: ReadonlyMap<number, DocumentUrl>;
  /** The chapter's moderation log (MOD1), where hides and reports are copied; undefined when not held. */
  readonly log: DocumentUrl | undefined;
  /** The lowest page whose messages show: 0 when the post is shown from its start. */
  readonly from: number;
}

/** The organisation's documents held: the Organisation document and every Chapter document (a lesson is shared and adopted across chapters, BL3, BL4). */
async function organisationBase(context: QueryContext, organisation: OpenOrganisation) {
  const scope = organisation.url;
  const view = context.depend(organisation.query).value;
  if (view?.state !== "ready") throw new Pending(scope);
  const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
  const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
  return { organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url) };
}

/** The query of the organisation's blogs. */
export function blogQuery(worker: BlogWorker, organisation: OpenOrganisation): QuerySpec<BlogAnswer> {
  return {
    key: `blog ${organisation.url}`,
    async read(context) {
      return worker.readBlog(await organisationBase(context, organisation));
    },
  };
}

/** The query of `post`'s newest pages holding `wanted` messages. */
export function postQuery(worker: BlogWorker, repo: Repo, organisation: OpenOrganisation, chapter: ChapterId, post: RecordId, wanted: number): QuerySpec<PostValue> {
  return {
    key: `post ${organisation.url} ${post} ${wanted}`,
    async read(context) {
      const base = await organisationBase(context, organisation);
      const { answer, pages, from } = await followNewestPages(context, repo, post, organisation.url, wanted, (held, from) => worker.readPost({ ...base, post, pages: [...held], from }));
      return { ...answer, pages, from, log: await followModerationLog(context, repo, chapter, organisation.url) };
    },
  };
}
