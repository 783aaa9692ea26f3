/**
 * The dissent kind (PROTOCOL.md DS), declared once: held in the Chapter document's `decisions`,
 * beside the decisions it answers, so the decisions log shows both from one document. A
 * moderator's hide of a dissent is chat's `hide` (CH8), also held there (chat/kinds.ts). Registered
 * in kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseDissentBody } from "./dissent-body.js";

/** The kinds of dissent on the record. */
export const DISSENT_SPECS = Object.freeze([
  defineKind({ kind: "dissent", document: "chapter", map: "decisions", parseBody: parseDissentBody, signedBy: "member", signable: true, rule: "DS1" }),
] as const);
