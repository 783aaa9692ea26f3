/**
 * What the blog asks the verification worker (registered in src/app/worker/handlers.ts): the
 * organisation's blogs and one post's pages judged (crdt's `readBlog`, `readPost`, PROTOCOL.md BL),
 * over the worker's copies of the organisation's documents, once per change of them.
 */
import { readBlog, readPost, type BlogPost } from "@chapterhouse/crdt/blog";
import type { ChapterId } from "@chapterhouse/crdt/records";
import type { SiteSetting } from "@chapterhouse/crdt/site";
import { isArrayOf, isDocumentUrl, isObjectOf, isRecordId, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { readOnce } from "../../shared/worker/read-once.js";
import { pagesAt, roomPageAnswer, roomPagesFields, type RoomPageAnswer } from "../../shared/worker/room-answer.js";
import type { WorkerContext } from "../../shared/worker/worker-context.js";

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

function blog(request: BlogRequest, context: WorkerContext): Promise<BlogAnswer> {
  const { organisation, chapters } = request;
  return readOnce(context, "blog", [organisation, ...chapters], async (at, key): Promise<BlogAnswer> => {
    const { posts, sites } = await readBlog({ organisation: at(organisation), chapters: chapters.map(at) }, context.verifier, context.verified);
    return { key, posts, sites };
  });
}

function post(request: PostRequest, context: WorkerContext): Promise<PostAnswer> {
  const { organisation, chapters, pages, from } = request;
  const urls = [organisation, ...chapters, ...pages.map((page) => page.url)];
  return readOnce(context, `post ${request.post} ${from}`, urls, async (at, key): Promise<PostAnswer> => {
    const read = await readPost({ organisation: at(organisation), chapters: chapters.map(at) }, request.post, pagesAt(at, pages), from, context.verifier, context.verified);
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
};
