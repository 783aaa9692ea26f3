/**
 * roles: who holds which role in a chapter, and appointing and ending roles by the chapter's
 * decisions (PROTOCOL.md M9) — the moderators, treasurers, chairs, secretaries and tellers
 * other features give a meaning to. What other features and the composition root may use.
 */
export { roleChapterSections } from "./sections.js";
