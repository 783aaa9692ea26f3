import type { ChapterId } from "@chapterhouse/crdt/records";
import { useCallback } from "react";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import type { ShowsSection } from "../../shared/routing/shown-sections.js";
import { useBlog } from "../blog/index.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { showsSection } from "./section-choice.js";

/**
 * Which sections the page of the chapter at `place` shows, by its site setting in force (SITE1.4,
 * SITE1.5), from the blog's read that judges every chapter's setting. Every section until it is
 * read: a device that holds no setting shows them all.
 */
export function useSiteSections({ organisation, chapter }: ChapterPlace): ShowsSection {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const { value } = useBlog(session);
  const sections = value?.sites.get(chapter as ChapterId)?.sections;
  const key = sections?.join(" ") ?? "";
  // Named by what it shows, so a new read with the same sections gives the same function.
  return useCallback((id: string) => showsSection(key === "" ? [] : key.split(" "), id), [key]);
}
