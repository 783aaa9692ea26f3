import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterRoles } from "./ChapterRoles.js";

/** The chapter's roles, a section of its page after its members, registered by src/app/features.ts. */
export const roleChapterSections: readonly ChapterSection[] = [{ id: "roles", order: 35, title: { namespace: "roles", key: "tab" }, Content: ChapterRoles }];
