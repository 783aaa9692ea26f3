/**
 * What the blog gives search (shared/routing/search-sources.ts): every post and lesson (a post
 * citing decisions, BL2) of every chapter of the organisation whose Chapter document is on this
 * device, by its title, from the blogs as the chapter pages read them (BL6: valid posts only); for
 * the posts of the chapters the member belongs to, also by their text, with their comments as
 * items of their own — each post's pages read as its screen first reads them (page 0, then its last
 * page: CH9.5), never whole, none deleted or hidden (CH5.3, CH8.2). In the background lane (HOME4).
 */
import type { Repo } from "@automerge/automerge-repo";
import type { BlogPost } from "@chapterhouse/crdt/blog";
import type { RecordId } from "@chapterhouse/crdt/records";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import { searchExcerpt, type SearchItem, type SearchSource } from "../../shared/routing/search-sources.js";
import { followNewestPages } from "../chat/index.js";
import { useMemberSpace } from "../organisation/index.js";
import { useBlogWorker, type BlogWorker } from "./blog-worker.js";
import { postPath } from "./paths.js";
import type { PostWord } from "./worker-handlers.js";

/** A post's words read from its pages: its text, and its comments by id. */
export interface PostWordsRead {
  readonly text: string;
  readonly comments: readonly PostWord[];
}

/**
 * The posts of `posts` as search items of the organisation `organisation` (its document id), a
 * lesson as one, each with its text when `words` has it; and each comment `words` has, titled by
 * its post. Pure; never throws.
 */
export function postSearchItems(posts: readonly BlogPost[], organisation: string, words: ReadonlyMap<RecordId, PostWordsRead> = new Map()): SearchItem[] {
  return posts.flatMap((post) => {
    const href = postPath.href({ organisation, chapter: post.chapter, post: post.id });
    const read = words.get(post.id);
    const item: SearchItem = { key: post.id, kind: post.decisions.length === 0 ? "post" : "lesson", chapter: post.chapter, title: post.title, text: read?.text ?? "", href, at: post.at };
    const comments = (read?.comments ?? []).map((comment): SearchItem => ({ key: comment.id, kind: "comment", chapter: post.chapter, title: `${post.title}: ${searchExcerpt(comment.text)}`, text: comment.text, href, at: comment.at }));
    return [item, ...comments];
  });
}

/** The words of `post`'s pages: page 0's (its text, the first comments) and its last page's. Rejects only on a worker fault. */
async function readPostWords(worker: Pick<BlogWorker, "postWords">, repo: Repo, { organisation, query }: HomeReadContext, post: BlogPost): Promise<PostWordsRead> {
  let text = "";
  const comments = new Map<RecordId, PostWord>();
  await followNewestPages(query, repo, post.id, organisation.url, 1, async (pages, from) => {
    const answer = await worker.postWords({ organisation: organisation.url, chapters: organisation.chapters, post: post.id, pages: [...pages], from });
    if (answer.text !== null) text = answer.text.text;
    for (const comment of answer.comments) if (comment.id !== answer.text?.id) comments.set(comment.id, comment);
    return answer;
  });
  return { text, comments: [...comments.values()] };
}

/** The blog posts and lessons of the chapters held, as search items; those of the member's chapters with their text and comments. */
export async function readPostSearchItems(worker: Pick<BlogWorker, "blogForSearch" | "postWords">, repo: Repo | undefined, context: HomeReadContext): Promise<SearchItem[]> {
  const { organisation, mine } = context;
  const { posts } = await worker.blogForSearch({ organisation: organisation.url, chapters: organisation.chapters });
  const words = new Map<RecordId, PostWordsRead>();
  if (repo !== undefined) for (const post of posts.filter((entry) => mine.includes(entry.chapter))) words.set(post.id, await readPostWords(worker, repo, context, post));
  return postSearchItems(posts, documentIdOf(organisation.url), words);
}

/** The blog's search source, registered by src/app/features.ts. */
export const blogSearchSources: readonly SearchSource[] = [
  {
    id: "blog",
    order: 40,
    kinds: ["post", "lesson", "comment"],
    useReader() {
      const worker = useBlogWorker();
      const { space } = useMemberSpace();
      return (context) => readPostSearchItems(worker, space?.repo, context);
    },
  },
];
