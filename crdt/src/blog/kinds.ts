/**
 * The blog kinds (PROTOCOL.md BL2–BL4), declared once. A post's creation record is the `origin` of
 * its room's page 0 (CH9) and also in its chapter's `posts`, so the chapter lists its posts from one
 * document (BL5); shares and adoptions of a lesson are in the `posts` of the chapter they name.
 * `post` was reserved there (D4) until this feature defined it. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseBlogBody } from "./blog-bodies.js";

/** The kinds of a chapter's blog. */
export const BLOG_SPECS = Object.freeze([
  defineKind({
    kind: "post",
    document: "thread",
    map: "origin",
    alsoIn: [{ document: "chapter", map: "posts" }],
    parseBody: (body: CanonicalValue) => parseBlogBody("post", body),
    signedBy: "member",
    signable: true,
    rule: "BL2",
  }),
  defineKind({
    kind: "lesson-share",
    document: "chapter",
    map: "posts",
    parseBody: (body: CanonicalValue) => parseBlogBody("lesson-share", body),
    signedBy: "member",
    signable: true,
    rule: "BL3",
  }),
  defineKind({
    kind: "lesson-adoption",
    document: "chapter",
    map: "posts",
    parseBody: (body: CanonicalValue) => parseBlogBody("lesson-adoption", body),
    signedBy: "member",
    signable: true,
    rule: "BL4",
  }),
] as const);
