import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterEvents } from "./ChapterEvents.js";
import { EVENTS_SECTION } from "./paths.js";
import { UpcomingEventsSummary } from "./UpcomingEventsSummary.js";

/** What events add to a chapter's page (its upcoming events and its sub-chapters'), registered by src/app/features.ts. */
export const eventChapterSections: readonly ChapterSection[] = [
  {
    id: EVENTS_SECTION,
    order: 22,
    title: { namespace: "events", key: "chapterSection" },
    Content: ChapterEvents,
    Summary: UpcomingEventsSummary,
  },
];
