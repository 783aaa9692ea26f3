/**
 * The forum kinds (PROTOCOL.md FO2–FO4), declared once. Categories and the proposals started from
 * topics are held in the chapter's `posts`; a topic's creation record is the `origin` of its room's
 * page 0 (CH9) and also in its chapter's `posts`, so the chapter lists its topics from one
 * document (FO5). Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseForumBody } from "./forum-bodies.js";

/** The kinds of the chapter's forum. */
export const FORUM_SPECS = Object.freeze([
  defineKind({
    kind: "forum-category",
    document: "chapter",
    map: "posts",
    parseBody: (body: CanonicalValue) => parseForumBody("forum-category", body),
    signedBy: "member",
    signable: true,
    rule: "FO2",
  }),
  defineKind({
    kind: "topic",
    document: "thread",
    map: "origin",
    alsoIn: [{ document: "chapter", map: "posts" }],
    parseBody: (body: CanonicalValue) => parseForumBody("topic", body),
    signedBy: "member",
    signable: true,
    rule: "FO3",
  }),
  defineKind({
    kind: "topic-proposal",
    document: "chapter",
    map: "posts",
    parseBody: (body: CanonicalValue) => parseForumBody("topic-proposal", body),
    signedBy: "member",
    signable: true,
    rule: "FO4",
  }),
] as const);
