import type { ComponentType } from "react";
import type { TextKey } from "../i18n/text-key.js";
import { SectionRegistry, type Section } from "./section-registry.js";

/** The chapter a chapter section is shown for. */
export interface ChapterPlace {
  /** The Organisation document's id. */
  readonly organisation: string;
  readonly chapter: string;
}

/**
 * What a feature adds to a chapter's page: a section of its own, one tab of the page at the
 * chapter's address followed by `/<id>` (the proposals and votes, the members); or a link to a
 * page of its own that the chapter's overview lists (the decisions log). `title` names the tab
 * or the link. The overview, the page's first tab, is the chapter's own. A section's `Summary`
 * is its short part of what is happening on the chapter's home page (the open votes, the latest
 * topics, the projects' progress), shown when the chapter shows the section (SITE1.5).
 */
export type ChapterSection = Section & { readonly title: TextKey; readonly Summary?: ComponentType<ChapterPlace> } & (
    | { readonly Content: ComponentType<ChapterPlace> }
    | { readonly href: (place: ChapterPlace) => string }
  );

/** The chapter page's sections (the chapter screen shows them, src/app/features.ts fills it). */
export const chapterSections = new SectionRegistry<ChapterSection>();
