/**
 * What the forum asks the verification worker (registered in src/app/worker/handlers.ts): a
 * chapter's forum and one topic's pages judged (crdt's `readForum`, `readTopic`, PROTOCOL.md FO),
 * over the worker's copies of the organisation's documents, once per change of them.
 */
import { readForum, readTopic, type Forum, type ForumTopic } from "@chapterhouse/crdt/forums";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import {
  isArrayOf,
  isDocumentUrl,
  isId,
  isObjectOf,
  isRecordId,
  isSafeInteger,
  type Guarded,
} from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";
import { roomAnswerOf, type RoomAnswer } from "../../shared/worker/room-answer.js";

/** The Organisation document and the Chapter documents held: every record's membership context (FO1.4). */
const organisationFields = {
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
};
const isForumRequest = isObjectOf(organisationFields);
const isTopicRequest = isObjectOf({
  ...organisationFields,
  /** The topic, its pages held (page 0 always) and the lowest page shown. */
  topic: isRecordId,
  pages: isArrayOf(isObjectOf({ n: isSafeInteger, url: isDocumentUrl })),
  from: isSafeInteger,
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
export interface TopicAnswer {
  readonly key: string;
  readonly rooms: readonly [];
  readonly below: readonly [];
  readonly room: RoomAnswer;
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

const snapshotAt = (context: WorkerContext) => (url: DocumentUrl) => ({
  url,
  snapshot: context.mirrors.snapshot(url),
});
const keyOf = (context: WorkerContext, urls: readonly DocumentUrl[]) =>
  urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ");

function forum(request: ForumRequest, context: WorkerContext): Promise<ForumAnswer> {
  const { organisation, chapters, chapter } = request;
  const urls = [organisation, ...chapters];
  const at = snapshotAt(context);
  const key = `forum ${chapter} ${keyOf(context, urls)}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<ForumAnswer> => {
      const { categories, topics, posting } = await readForum(
        { organisation: at(organisation), chapters: chapters.map(at) },
        chapter,
        context.verifier,
        context.verified,
      );
      return { key, categories, topics, posting };
    }),
  ) as Promise<ForumAnswer>;
}

function topic(request: TopicRequest, context: WorkerContext): Promise<TopicAnswer> {
  const { organisation, chapters, chapter, pages, from } = request;
  const urls = [organisation, ...chapters, ...pages.map((page) => page.url)];
  const at = snapshotAt(context);
  const key = `topic ${chapter} ${request.topic} ${from} ${keyOf(context, urls)}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<TopicAnswer> => {
      const snapshots = { organisation: at(organisation), chapters: chapters.map(at) };
      const read = await readTopic(
        snapshots,
        chapter,
        request.topic,
        pages.map((page) => ({ n: page.n, ...at(page.url) })),
        from,
        context.verifier,
        context.verified,
      );
      return { key, rooms: [], below: [], room: roomAnswerOf(read), topic: read.topic };
    }),
  ) as Promise<TopicAnswer>;
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
