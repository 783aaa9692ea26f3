/**
 * The project kinds (PROTOCOL.md PJ2–PJ5), declared once, all in the Chapter document's `projects`
 * map. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseProjectBody, type ProjectKind } from "./project-bodies.js";

function projectKind<const K extends ProjectKind>(kind: K, rule: string) {
  return defineKind({ kind, document: "chapter", map: "projects", parseBody: (body: CanonicalValue) => parseProjectBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of a chapter's projects. */
export const PROJECT_SPECS = Object.freeze([projectKind("project", "PJ2"), projectKind("project-member", "PJ3"), projectKind("task", "PJ4"), projectKind("task-update", "PJ5")] as const);
