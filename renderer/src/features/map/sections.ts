import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import { mapPath } from "./paths.js";

/** The map's link on every chapter's overview, registered by src/app/features.ts. */
export const mapChapterSections: readonly ChapterSection[] = [{ id: "map", order: 15, title: { namespace: "map", key: "link" }, href: ({ organisation }) => mapPath.href({ organisation }) }];
