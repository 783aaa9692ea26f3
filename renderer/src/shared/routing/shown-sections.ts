import { createContext, useContext } from "react";
import type { ChapterPlace } from "./chapter-sections.js";

/** Whether a chapter's page shows the section `id` (a chapter section's id) among its tabs and links. */
export type ShowsSection = (id: string) => boolean;

/**
 * The hook that says which sections a chapter's page shows, provided once by the composition root
 * (src/app/App.tsx): the site feature's, which reads the chapter's setting in force (PROTOCOL.md
 * SITE1.5). Kept here so that the chapter screen, which knows no feature, can ask it.
 */
export type UseShownSections = (place: ChapterPlace) => ShowsSection;

/** The provided hook; none provided (a screen tested alone): every section is shown. */
export const ShownSectionsContext = createContext<UseShownSections | undefined>(undefined);

const everySection: ShowsSection = () => true;
const showEverySection: UseShownSections = () => everySection;

/** Which sections the page of the chapter at `place` shows (SITE1.5), as the provided hook says. */
export function useShownSections(place: ChapterPlace): ShowsSection {
  // The provided hook is one function for the app's whole life, so it is called on every render alike.
  const useShown = useContext(ShownSectionsContext) ?? showEverySection;
  return useShown(place);
}
