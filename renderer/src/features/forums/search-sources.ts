/**
 * What the forum gives search (shared/routing/search-sources.ts): every topic of every chapter of
 * the organisation whose Chapter document is on this device, by its title and category, from the
 * chapter's forum as its page reads it (FO6: valid topics only, never a post), in the background
 * lane (HOME4) with the bell's handler.
 */
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { useForumsWorker, type ForumsWorker } from "./forums-worker.js";
import { topicPath } from "./paths.js";

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

/** The forum's search source, registered by src/app/features.ts. */
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
];
