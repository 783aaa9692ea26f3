/**
 * What resources give search (shared/routing/search-sources.ts): every resource of every chapter
 * of the organisation whose Chapter document is on this device, by its title, description, tags
 * and file name, from the chapter's library as its page reads it (RS5: valid resources only, as
 * they stand, none removed or hidden, never a file), in the background lane (HOME4).
 */
import type { ChapterResource } from "@chapterhouse/crdt/resources";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { resourcePath } from "./paths.js";
import type { ResourcesWorker } from "./resources-query.js";
import { useResourcesWorker } from "./resources-worker.js";

/** The resources of `resources` as search items of the organisation `organisation` (its document id). Pure; never throws. */
export function resourceSearchItems(resources: readonly ChapterResource[], organisation: string): SearchItem[] {
  // RS9.2: a hidden resource's words are shown only on request, so search leaves it out.
  return resources.filter((resource) => resource.hidden === null).map((resource) => ({
    key: resource.id,
    kind: "resource",
    chapter: resource.chapter,
    title: resource.title,
    text: [resource.description, ...resource.tags, resource.file?.name ?? ""].filter((words) => words !== "").join("\n"),
    href: resourcePath.href({ organisation, chapter: resource.chapter, resource: resource.id }),
    at: resource.at,
  }));
}

/** The resources of the chapters held, as search items. */
export async function readResourceSearchItems(worker: Pick<ResourcesWorker, "libraryForSearch">, { organisation }: HomeReadContext): Promise<SearchItem[]> {
  const items: SearchItem[] = [];
  for (const chapter of organisation.roster.chapters.keys()) {
    const { resources } = await worker.libraryForSearch({ organisation: organisation.url, chapters: organisation.chapters, chapter });
    items.push(...resourceSearchItems(resources, documentIdOf(organisation.url)));
  }
  return items;
}

/** Resources' search source, registered by src/app/features.ts. */
export const resourceSearchSources: readonly SearchSource[] = [
  {
    id: "resources",
    order: 45,
    kinds: ["resource"],
    useReader() {
      const worker = useResourcesWorker();
      return (context) => readResourceSearchItems(worker, context);
    },
  },
];
