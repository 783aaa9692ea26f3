/**
 * What the blog asks the verification worker (registered in src/app/worker/handlers.ts): the
 * organisation's blogs and one post's pages judged (crdt's `readBlog`, `readPost`, PROTOCOL.md BL),
 * over the worker's copies of the organisation's documents, once per change of them.
 */
import { postParts, readBlog, readPost, type BlogPost } from "@chapterhouse/crdt/blog";
import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { SiteSetting } from "@chapterhouse/crdt/site";
import { isArrayOf, isDocumentUrl, isObjectOf, isRecordId, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { readOnce } from "../../shared/worker/read-once.js";
import { pagesAt, roomPageAnswer, roomPagesFields, type RoomPageAnswer } from "../../shared/worker/room-answer.js";
import { signedRecords, type WorkerContext } from "../../shared/worker/worker-context.js";

/** The Organisation document and the Chapter documents held: every record's membership context (BL1.4), and every chapter's blog. */
const organisationFields = { organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl) };
const isBlogRequest = isObjectOf(organisationFields);
const isPostRequest = isObjectOf({
  ...organisationFields,
  /** The post, and its room's pages. */
  post: isRecordId,
  ...roomPagesFields,
});

/** What the blog screens ask. */
export type BlogRequest = Guarded<typeof isBlogRequest>;
export type PostRequest = Guarded<typeof isPostRequest>;

/** Every chapter's posts (BL6) and site setting in force (SITE1.4), without the verdicts (they stay here), and a key that changes only when the documents did. */
export interface BlogAnswer {
  readonly key: string;
  readonly posts: readonly BlogPost[];
  readonly sites: ReadonlyMap<ChapterId, SiteSetting>;
}

/** One post as its screen shows it: the room's reading (as chat's room screen gets it) and the post. */
export interface PostAnswer extends RoomPageAnswer {
  readonly post: BlogPost | null;
}

/** A post's text or a comment, as search finds it. */
export interface PostWord {
  readonly id: RecordId;
  readonly author: MemberKey;
  readonly at: number;
  readonly text: string;
}

/**
 * A post's words shown (neither deleted nor hidden) on the pages read: its text (BL5: its author's
 * first message, so only when read from page 0) and its comments, and what paging needs (CH9.5).
 */
export interface PostWords {
  readonly room: {
    readonly timeline: { readonly lastPage: number };
    readonly counts: ReadonlyMap<number, number>;
  };
  readonly text: PostWord | null;
  readonly comments: readonly PostWord[];
}

const shown = (message: ChatMessage): boolean => !message.deleted && message.hidden === null;
const wordOf = ({ id, author, at, text }: ChatMessage): PostWord => ({ id, author, at, text });

function blog(request: BlogRequest, context: WorkerContext): Promise<BlogAnswer> {
  const { organisation, chapters } = request;
  return readOnce(context, "blog", [organisation, ...chapters], async (at, key): Promise<BlogAnswer> => {
    // Pass 1 takes the worker's read of each document, kept by its heads (the proposals' and the
    // organisation's reads share it): a chapter of a thousand proposals is not parsed and hashed again.
    const { posts, sites } = await readBlog({ organisation: at(organisation), chapters: chapters.map(at) }, context.verifier, context.verified, ({ url }) => signedRecords(context, url));
    return { key, posts, sites };
  });
}

function post(request: PostRequest, context: WorkerContext): Promise<PostAnswer> {
  const { organisation, chapters, pages, from } = request;
  const urls = [organisation, ...chapters, ...pages.map((page) => page.url)];
  return readOnce(context, `post ${request.post} ${from}`, urls, async (at, key): Promise<PostAnswer> => {
    const read = await readPost({ organisation: at(organisation), chapters: chapters.map(at) }, request.post, pagesAt(at, pages), from, context.verifier, context.verified, ({ url }) => signedRecords(context, url));
    return { ...roomPageAnswer(key, read), post: read.post };
  });
}

/** The blog's handlers. */
export const blogHandlers = {
  /** Every chapter's posts, lessons with their shares and adoptions (BL6). */
  readBlog: handler(isBlogRequest, blog),
  /** The same in the background lane, for search (HOME4). */
  blogForSearch: backgroundHandler(isBlogRequest, blog),
  /** One post's pages (BL5). */
  readPost: handler(isPostRequest, post),
  /** A post's text and comments on the pages read, for search: only their words cross, never the timeline (HOME4). */
  postWords: backgroundHandler(isPostRequest, async (request, context: WorkerContext): Promise<PostWords> => {
    const { room, post: read } = await post(request, context);
    const messages = room.timeline.messages;
    // The text is its author's first message (BL5): known only when the reading starts at page 0.
    const parts = read !== null && request.from === 0 ? postParts(read, messages) : { text: null, comments: messages };
    return {
      room: { timeline: { lastPage: room.timeline.lastPage }, counts: room.counts },
      text: parts.text !== null && shown(parts.text) ? wordOf(parts.text) : null,
      comments: parts.comments.filter(shown).map(wordOf),
    };
  }),
};
