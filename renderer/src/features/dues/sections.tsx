import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterDues } from "./ChapterDues.js";

/** The chapter's dues and ledger, a section of its page after its roles, registered by src/app/features.ts. */
export const duesChapterSections: readonly ChapterSection[] = [{ id: "dues", order: 40, title: { namespace: "dues", key: "tab" }, Content: ChapterDues }];
