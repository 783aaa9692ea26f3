/**
 * What the forum gives search (shared/routing/search-sources.ts): every topic of every chapter of
 * the organisation whose Chapter document is on this device, by its title and category, from the
 * chapter's forum as its page reads it (FO6: valid topics only); and the posts of the topics of the
 * chapters the member belongs to, each topic read as its screen first reads it (page 0, then its
 * last page: CH9.5), never whole, none deleted or hidden (CH5.3, CH8.2, FO5.4). Both in the
 * background lane (HOME4); only the posts' words cross from the worker.
 */
import type { Repo } from "@automerge/automerge-repo";
import type { RecordId } from "@chapterhouse/crdt/records";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import { searchExcerpt, type SearchItem, type SearchSource } from "../../shared/routing/search-sources.js";
import { followNewestPages } from "../chat/index.js";
import { useMemberSpace } from "../organisation/index.js";
import { useForumsWorker, type ForumsWorker } from "./forums-worker.js";
import { topicPath } from "./paths.js";
import type { TopicPost } from "./worker-handlers.js";

/** The forum topics of the chapters held, as search items. */
export async function readTopicSearchItems(worker: Pick<ForumsWorker, "forumForCalls">, { organisation }: HomeReadContext): Promise<SearchItem[]> {
  const id = documentIdOf(organisation.url);
  const items: SearchItem[] = [];
  for (const chapter of organisation.roster.chapters.keys()) {
    const { categories, topics } = await worker.forumForCalls({ organisation: organisation.url, chapters: organisation.chapters, chapter });
    const names = new Map(categories.map((category) => [category.id, category.name]));
    for (const topic of topics) {
      items.push({ key: topic.id, kind: "topic", chapter, title: topic.title, text: names.get(topic.category) ?? "", href: topicPath.href({ organisation: id, chapter, topic: topic.id }), at: topic.at });
    }
  }
  return items;
}

/** The findable posts of the topics of the member's chapters, each titled by its topic. Rejects only on a worker fault. */
export async function readForumPostSearchItems(worker: Pick<ForumsWorker, "forumForCalls" | "topicPosts">, repo: Repo, { organisation, mine, query }: HomeReadContext): Promise<SearchItem[]> {
  const scope = organisation.url;
  const items: SearchItem[] = [];
  for (const chapter of mine) {
    const base = { organisation: scope, chapters: organisation.chapters, chapter };
    const { topics } = await worker.forumForCalls(base);
    for (const topic of topics) {
      // Every read's posts: page 0's, then the last page's (one post wanted: the newest page only).
      const posts = new Map<RecordId, TopicPost>();
      await followNewestPages(query, repo, topic.id, scope, 1, async (pages, from) => {
        const answer = await worker.topicPosts({ ...base, topic: topic.id, pages: [...pages], from });
        for (const post of answer.posts) posts.set(post.id, post);
        return answer;
      });
      const href = topicPath.href({ organisation: documentIdOf(scope), chapter, topic: topic.id });
      for (const post of posts.values()) items.push({ key: post.id, kind: "forum-post", chapter, title: `${topic.title}: ${searchExcerpt(post.text)}`, text: post.text, href, at: post.at });
    }
  }
  return items;
}

/** The forum's search sources, registered by src/app/features.ts. */
export const forumSearchSources: readonly SearchSource[] = [
  {
    id: "topics",
    order: 20,
    kinds: ["topic"],
    useReader() {
      const worker = useForumsWorker();
      return (context) => readTopicSearchItems(worker, context);
    },
  },
  {
    id: "forum-posts",
    order: 21,
    kinds: ["forum-post"],
    useReader() {
      const worker = useForumsWorker();
      const { space } = useMemberSpace();
      return (context) => (space === undefined ? Promise.resolve([]) : readForumPostSearchItems(worker, space.repo, context));
    },
  },
];
