/** Narrowing a chapter's library (PROTOCOL.md RS5.1: filtering is the reader's): by folder and what is below it, by tag, by words. Pure. */
import type { ChapterResource } from "@chapterhouse/crdt/resources";

export interface LibraryFilters {
  /** A folder path, or null for every folder. */
  readonly folder: string | null;
  readonly tag: string | null;
  /** Words each found in the title, the description, the tags or the file's name (case and accents ignored). */
  readonly words: string;
}

const fold = (text: string): string => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/** The resources of `resources` that `filters` keep, in their order. */
export function filterLibrary(resources: readonly ChapterResource[], filters: LibraryFilters): ChapterResource[] {
  const words = fold(filters.words).split(/\s+/).filter((word) => word !== "");
  return resources.filter((resource) => {
    if (filters.folder !== null && resource.folder !== filters.folder && !resource.folder.startsWith(`${filters.folder}/`)) return false;
    if (filters.tag !== null && !resource.tags.includes(filters.tag)) return false;
    const text = fold([resource.title, resource.description, ...resource.tags, resource.file?.name ?? ""].join(" "));
    return words.every((word) => text.includes(word));
  });
}
