import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { moderationLogPath } from "./paths.js";

/** What moderation adds to a chapter's page: a link to its log, a page of its own (MOD3), registered by src/app/features.ts. */
export const moderationChapterSections: readonly ChapterSection[] = [
  { id: "moderation", order: 40, title: { namespace: "moderation", key: "link" }, href: ({ organisation, chapter }) => moderationLogPath.href({ organisation, chapter }) },
];
