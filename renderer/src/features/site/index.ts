/**
 * site: a chapter's home page (PROTOCOL.md SITE) — what its setting, set by decision, says of it,
 * what is happening in it and in the chapters below it, and the facilitators' form to record what a
 * decision set (who may post where among it). What the composition root (src/app/) may use.
 */
export { siteChapterSections } from "./sections.js";
export { useSiteSections } from "./use-site-sections.js";
