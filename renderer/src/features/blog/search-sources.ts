/**
 * What the blog gives search (shared/routing/search-sources.ts): every post and lesson (a post
 * citing decisions, BL2) of every chapter of the organisation whose Chapter document is on this
 * device, by its title, from the blogs as the chapter pages read them (BL6: valid posts only, never
 * a post's pages), in the background lane (HOME4).
 */
import type { BlogPost } from "@chapterhouse/crdt/blog";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { useBlogWorker, type BlogWorker } from "./blog-worker.js";
import { postPath } from "./paths.js";

/** The posts of `posts` as search items of the organisation `organisation` (its document id), a lesson as one. Pure; never throws. */
export function postSearchItems(posts: readonly BlogPost[], organisation: string): SearchItem[] {
  return posts.map((post) => ({
    key: post.id,
    kind: post.decisions.length === 0 ? "post" : "lesson",
    chapter: post.chapter,
    title: post.title,
    text: "",
    href: postPath.href({ organisation, chapter: post.chapter, post: post.id }),
    at: post.at,
  }));
}

/** The blog posts and lessons of the chapters held, as search items. */
export async function readPostSearchItems(worker: Pick<BlogWorker, "blogForSearch">, { organisation }: HomeReadContext): Promise<SearchItem[]> {
  const { posts } = await worker.blogForSearch({ organisation: organisation.url, chapters: organisation.chapters });
  return postSearchItems(posts, documentIdOf(organisation.url));
}

/** The blog's search source, registered by src/app/features.ts. */
export const blogSearchSources: readonly SearchSource[] = [
  {
    id: "blog",
    order: 40,
    kinds: ["post", "lesson"],
    useReader() {
      const worker = useBlogWorker();
      return (context) => readPostSearchItems(worker, context);
    },
  },
];
