/**
 * The kinds of member names (PROTOCOL.md M14), declared once. Not membership kinds: the fold never
 * judges them. Registered in kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseMemberNameBody } from "./member-name.js";

/** The kinds of member names. */
export const NAME_SPECS = Object.freeze([
  defineKind({ kind: "member-name", document: "chapter", map: "names", parseBody: parseMemberNameBody, signedBy: "member", signable: true, rule: "M14" }),
] as const);
