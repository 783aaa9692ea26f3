/**
 * What the forum asks the verification worker (registered in src/app/worker/handlers.ts): a
 * chapter's forum and one topic's pages judged (crdt's `readForum`, `readTopic`, PROTOCOL.md FO),
 * over the worker's copies of the organisation's documents, once per change of them.
 */
import { readForum, readTopic, type Forum, type ForumTopic } from "@chapterhouse/crdt/forums";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, isRecordId, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { readOnce } from "../../shared/worker/read-once.js";
import { pagesAt, roomPageAnswer, roomPagesFields, type RoomPageAnswer } from "../../shared/worker/room-answer.js";
import type { WorkerContext } from "../../shared/worker/worker-context.js";

/** The Organisation document and the Chapter documents held: every record's membership context (FO1.4). */
const organisationFields = {
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
};
const isForumRequest = isObjectOf(organisationFields);
const isTopicRequest = isObjectOf({
  ...organisationFields,
  /** The topic, and its room's pages. */
  topic: isRecordId,
  ...roomPagesFields,
});

/** What the forum screens ask. */
export type ForumRequest = Guarded<typeof isForumRequest>;
export type TopicRequest = Guarded<typeof isTopicRequest>;

/** The chapter's forum, without the verdicts (they stay here), and a key that changes only when the documents did. */
export interface ForumAnswer {
  readonly key: string;
  readonly categories: Forum["categories"];
  readonly topics: Forum["topics"];
  readonly posting: Forum["posting"];
}

/** One topic as its screen shows it: the room's reading (as chat's room screen gets it), the topic, and none of the chapter's rooms. */
export interface TopicAnswer extends RoomPageAnswer {
  readonly topic: ForumTopic | null;
}

/** A post of a watched topic, as the bell lists it. */
export interface TopicPost {
  readonly id: RecordId;
  readonly author: MemberKey;
  readonly at: number;
  readonly text: string;
}

/** A topic's posts shown (neither deleted nor hidden) on the pages read, and what paging needs of them (CH9.5). */
export interface TopicPosts {
  readonly room: {
    readonly timeline: { readonly lastPage: number };
    readonly counts: ReadonlyMap<number, number>;
  };
  readonly posts: readonly TopicPost[];
}

function forum(request: ForumRequest, context: WorkerContext): Promise<ForumAnswer> {
  const { organisation, chapters, chapter } = request;
  return readOnce(context, `forum ${chapter}`, [organisation, ...chapters], async (at, key): Promise<ForumAnswer> => {
    const { categories, topics, posting } = await readForum({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified);
    return { key, categories, topics, posting };
  });
}

function topic(request: TopicRequest, context: WorkerContext): Promise<TopicAnswer> {
  const { organisation, chapters, chapter, pages, from } = request;
  const urls = [organisation, ...chapters, ...pages.map((page) => page.url)];
  return readOnce(context, `topic ${chapter} ${request.topic} ${from}`, urls, async (at, key): Promise<TopicAnswer> => {
    const read = await readTopic({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, request.topic, pagesAt(at, pages), from, context.verifier, context.verified);
    return { ...roomPageAnswer(key, read), topic: read.topic };
  });
}

/** The forum's handlers. */
export const forumHandlers = {
  /** A chapter's forum: categories and topics (FO6). */
  readForum: handler(isForumRequest, forum),
  /** The same in the background lane, for the bell (HOME4). */
  forumForCalls: backgroundHandler(isForumRequest, forum),
  /** One topic's pages (FO5). */
  readTopic: handler(isTopicRequest, topic),
  /** The posts of a topic's pages read, for the bell: only the posts cross, never the timeline (HOME4). */
  topicPosts: backgroundHandler(
    isTopicRequest,
    async (request, context: WorkerContext): Promise<TopicPosts> => {
      const { room } = await topic(request, context);
      const posts = room.timeline.messages
        .filter((m) => !m.deleted && m.hidden === null)
        .map((m) => ({ id: m.id, author: m.author, at: m.at, text: m.text }));
      return { room: { timeline: { lastPage: room.timeline.lastPage }, counts: room.counts }, posts };
    },
  ),
};
