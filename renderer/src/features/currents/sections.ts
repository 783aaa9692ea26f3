import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { currentsPath } from "./paths.js";

/** What currents add to a chapter's page: a link to the organisation's currents (CU7), which belong to no chapter, registered by src/app/features.ts. */
export const currentChapterSections: readonly ChapterSection[] = [
  { id: "currents", order: 45, title: { namespace: "currents", key: "link" }, href: ({ organisation }) => currentsPath.href({ organisation }) },
];
