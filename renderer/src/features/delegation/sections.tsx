import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterDelegation } from "./ChapterDelegation.js";

/** The member's delegation in a chapter, a section of its page, registered by src/app/features.ts. */
export const delegationChapterSections: readonly ChapterSection[] = [
  { id: "delegation", order: 38, title: { namespace: "delegation", key: "tab" }, Content: ChapterDelegation },
];
