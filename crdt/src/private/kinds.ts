/**
 * The kinds of private content (PROTOCOL.md PV), declared once. A scope's key records live in its
 * document's `keys` map (the Conversation document for conversations). Registered in
 * kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseScopeKeyBody } from "./scope-key-body.js";

/** The kinds of private content. */
export const PRIVATE_SPECS = Object.freeze([
  defineKind({ kind: "scope-key", document: "conversation", map: "keys", parseBody: parseScopeKeyBody, signedBy: "member", signable: true, rule: "PV3" }),
] as const);
