import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { aidPath } from "./paths.js";

/** A link from a chapter's overview to the organisation's mutual-aid board, registered by src/app/features.ts. */
export const aidChapterSections: readonly ChapterSection[] = [{ id: "aid", order: 45, title: { namespace: "aid", key: "link" }, href: ({ organisation }) => aidPath.href({ organisation }) }];
