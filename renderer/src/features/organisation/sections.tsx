import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterMembers } from "./ChapterMembers.js";
import { MEMBERS_SECTION } from "./paths.js";

/** What the organisation adds to a chapter's page besides its overview, registered by src/app/features.ts. */
export const organisationChapterSections: readonly ChapterSection[] = [
  { id: MEMBERS_SECTION, order: 30, title: { namespace: "organisation", key: "members.tab" }, Content: ChapterMembers },
];
