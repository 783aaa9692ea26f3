import { LEVELS, subtreeOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";

/** The filters' choice of every level, or of every chapter. */
export const ALL = "all";

/** What a parent's page rolls up of the chapters below it, as filtered. */
export interface RollUp<T> {
  /** The levels of the chapters below (the level filter's choices), from the widest (M4.1). */
  readonly levels: readonly ChapterRoster["level"][];
  /** The chapters below at the level chosen (the chapter filter's choices), by name. */
  readonly chapters: readonly ChapterRoster[];
  /** The chapter chosen, or ALL: a chapter chosen at another level than the one now chosen counts as ALL. */
  readonly chosen: string;
  /** The items of the chapters below kept by both filters, in their order. */
  readonly items: readonly T[];
}

/**
 * What the page of `chapter` rolls up of `items` (each naming its chapter) from the chapters below
 * it, at every depth (DESIGN §11: a parent's page rolls up its children's indexes), filtered by
 * `level` (ALL or a level) and then by chapter `from` (ALL or a chapter id). The chapter's own
 * items and those of chapters elsewhere in the tree are never kept.
 */
export function rollUp<T extends { readonly chapter: ChapterId }>(
  roster: Roster,
  chapter: ChapterId,
  items: readonly T[],
  level: string,
  from: string,
): RollUp<T> {
  const below = subtreeOf(roster, chapter).flatMap((id) => (id === chapter ? [] : (roster.chapters.get(id) ?? [])));
  const chapters = below
    .filter((entry) => level === ALL || entry.level === level)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  const chosen = chapters.some((entry) => entry.id === from) ? from : ALL;
  const kept = new Set(chosen === ALL ? chapters.map((entry) => entry.id) : [chosen]);
  return {
    levels: LEVELS.filter((entry) => below.some((chapter) => chapter.level === entry)),
    chapters,
    chosen,
    items: items.filter((item) => kept.has(item.chapter)),
  };
}
