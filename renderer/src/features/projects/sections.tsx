import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterProjects } from "./ChapterProjects.js";
import { ProjectsSummary } from "./ProjectsSummary.js";
import { PROJECTS_SECTION } from "./paths.js";

/** What projects add to a chapter's page: its Projects tab, and their progress on its overview (PJ6.1); registered by src/app/features.ts. */
export const projectChapterSections: readonly ChapterSection[] = [{ id: PROJECTS_SECTION, order: 29.5, title: { namespace: "projects", key: "chapterSection" }, Content: ChapterProjects, Summary: ProjectsSummary }];
