/**
 * The sections a chapter's setting shows (PROTOCOL.md SITE1.5): the overview and the home page
 * always, and of the others those its `sections` name, or all when it names none.
 */

/** The home page's section id: always shown, since its form is where the sections shown are changed. */
export const SITE_SECTION = "site";

/** Whether a page whose setting lists `sections` shows the section `id` (SITE1.5). */
export function showsSection(sections: readonly string[], id: string): boolean {
  return id === SITE_SECTION || sections.length === 0 || sections.includes(id);
}

/**
 * What a setting records when the sections `chosen` of the page's `choosable` ones are to be shown:
 * none (every section, also those added later) when every one is chosen; else the chosen ones and
 * the home page, sorted ascending without repeats (SITE1.1), so choosing none still shows the home page.
 */
export function sectionsToRecord(choosable: readonly string[], chosen: readonly string[]): string[] {
  const wanted = choosable.filter((id) => chosen.includes(id));
  if (wanted.length === choosable.length) return [];
  return [...new Set([...wanted, SITE_SECTION])].sort();
}
