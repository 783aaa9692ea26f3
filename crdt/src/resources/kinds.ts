/**
 * The resource kind (PROTOCOL.md RS1), declared once, in the Chapter document's `resources` map
 * (the chapter's library). Registered in kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseResourceBody } from "./resource-body.js";

/** The kinds of a chapter's library. */
export const RESOURCE_SPECS = Object.freeze([defineKind({ kind: "resource", document: "chapter", map: "resources", parseBody: parseResourceBody, signedBy: "member", signable: true, rule: "RS1" })] as const);
