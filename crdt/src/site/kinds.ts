/**
 * The site kind (PROTOCOL.md SITE1), declared once: held in the Chapter document's `posts`, beside
 * the blog and forum it governs (SITE2), so the chapter page reads its setting from one document.
 * Registered in kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseSiteSettingBody } from "./site-body.js";

/** The kinds of the chapter's site. */
export const SITE_SPECS = Object.freeze([
  defineKind({ kind: "site-setting", document: "chapter", map: "posts", parseBody: parseSiteSettingBody, signedBy: "member", signable: true, rule: "SITE1" }),
] as const);
