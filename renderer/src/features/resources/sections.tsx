import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterLibrary } from "./ChapterLibrary.js";
import { RESOURCES_SECTION } from "./paths.js";

/** What resources add to a chapter's page: its Library tab, registered by src/app/features.ts. */
export const resourceChapterSections: readonly ChapterSection[] = [{ id: RESOURCES_SECTION, order: 29, title: { namespace: "resources", key: "chapterSection" }, Content: ChapterLibrary }];
