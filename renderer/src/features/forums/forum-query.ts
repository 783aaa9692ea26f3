/**
 * A chapter's forum and, for the topic screen, one topic's newest pages (PROTOCOL.md FO5, FO6):
 * the forum from the Chapter document alone (never a post), a topic paged as a room (CH9.5). Read
 * again whenever any document it rests on changes.
 */
import type { Repo } from "@automerge/automerge-repo";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { Pending, type QueryContext, type QuerySpec } from "../../shared/documents/live-query.js";
import { followModerationLog, followNewestPages } from "../chat/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { ForumsWorker } from "./forums-worker.js";
import type { ForumAnswer, TopicAnswer } from "./worker-handlers.js";

/** How many posts of a topic a first screen shows (CH9.5). */
export const FIRST_SCREEN = 50;

/** What the topic screen shows: the worker's answer, and the pages followed (each with its URL), as chat's room screen has them. */
export interface TopicValue extends TopicAnswer {
  readonly pages: ReadonlyMap<number, DocumentUrl>;
  /** The chapter's moderation log (MOD1), where hides and reports are copied; undefined when not held. */
  readonly log: DocumentUrl | undefined;
  /** The lowest page whose posts show: 0 when the topic is shown from its start. */
  readonly from: number;
}

/** The organisation's documents a forum read rests on: the Organisation document and the Chapter documents held. */
export async function organisationBase(
  context: QueryContext,
  organisation: OpenOrganisation,
  chapter: ChapterId,
) {
  const scope = organisation.url;
  const view = context.depend(organisation.query).value;
  if (view?.state !== "ready") throw new Pending(scope);
  const chapters = [...view.roster.chapters.values()].map((entry) => ({
    url: entry.document,
    type: CHAPTER_DOCUMENT,
    scope,
  }));
  const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
  return {
    organisation: scope,
    chapters: held
      .slice(1)
      .filter((entry) => entry.state === "ready")
      .map((entry) => entry.url),
    chapter,
  };
}

/** The query of `chapter`'s forum. */
export function forumQuery(
  worker: ForumsWorker,
  organisation: OpenOrganisation,
  chapter: ChapterId,
): QuerySpec<ForumAnswer> {
  return {
    key: `forum ${organisation.url} ${chapter}`,
    async read(context) {
      return worker.readForum(await organisationBase(context, organisation, chapter));
    },
  };
}

/** The query of `topic`'s newest pages holding `wanted` posts. */
export function topicQuery(
  worker: ForumsWorker,
  repo: Repo,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  topic: RecordId,
  wanted: number,
): QuerySpec<TopicValue> {
  return {
    key: `topic ${organisation.url} ${chapter} ${topic} ${wanted}`,
    async read(context) {
      const base = await organisationBase(context, organisation, chapter);
      const { answer, pages, from } = await followNewestPages(
        context,
        repo,
        topic,
        organisation.url,
        wanted,
        (held, from) => worker.readTopic({ ...base, topic, pages: [...held], from }),
      );
      return { ...answer, pages, from, log: await followModerationLog(context, repo, chapter, organisation.url) };
    },
  };
}
