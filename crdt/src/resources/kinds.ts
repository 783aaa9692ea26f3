/**
 * The resource kinds (PROTOCOL.md RS1, RS7–RS9), declared once, in the Chapter document's
 * `resources` map (the chapter's library). A moderator's `resource-hide` has CH8's hide body and
 * is also held in a Thread document's `messages`, where its copy in the chapter's moderation log
 * sits (MOD2.1). Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseChatBody } from "../chat/chat-bodies.js";
import { parseResourceBody } from "./resource-body.js";
import { parseResourceChangeBody, type ResourceChangeKind } from "./resource-change-bodies.js";

function changeKind<const K extends ResourceChangeKind>(kind: K, rule: string) {
  return defineKind({ kind, document: "chapter", map: "resources", parseBody: (body: CanonicalValue) => parseResourceChangeBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of a chapter's library. */
export const RESOURCE_SPECS = Object.freeze([
  defineKind({ kind: "resource", document: "chapter", map: "resources", parseBody: parseResourceBody, signedBy: "member", signable: true, rule: "RS1" }),
  changeKind("resource-edit", "RS7"),
  changeKind("resource-remove", "RS8"),
  defineKind({
    kind: "resource-hide",
    document: "chapter",
    map: "resources",
    alsoIn: [{ document: "thread", map: "messages" }] as const,
    parseBody: (body: CanonicalValue) => parseChatBody("hide", body),
    signedBy: "member",
    signable: true,
    rule: "RS9",
  }),
] as const);
