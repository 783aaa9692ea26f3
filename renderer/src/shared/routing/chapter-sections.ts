import type { ComponentType } from "react";
import { SectionRegistry, type Section } from "./section-registry.js";

/** The chapter a chapter section is shown for. */
export interface ChapterPlace {
  /** The Organisation document's id. */
  readonly organisation: string;
  readonly chapter: string;
}

/**
 * What a feature adds to a chapter's page: content shown on it (the proposals), or a page of
 * its own that the chapter's navigation links to (the decisions log).
 */
export type ChapterSection = Section &
  (
    | { readonly Content: ComponentType<ChapterPlace> }
    | { readonly title: string; readonly href: (place: ChapterPlace) => string }
  );

/** The chapter page's sections (the chapter screen shows them, src/app/features.ts fills it). */
export const chapterSections = new SectionRegistry<ChapterSection>();
