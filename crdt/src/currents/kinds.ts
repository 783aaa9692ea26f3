/**
 * The current kinds (PROTOCOL.md CU3, CU4), declared once. They sit in the organisation's Currents
 * document (CU1), which no chapter holds, so no chapter's record can take a current away; the
 * founding record is also in the Thread `origin` of its discussion's page 0 (CU5). A moderator's
 * hide of a statement is chat's `hide` (chat/kinds.ts, CU6). Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind, type KindPlace } from "../kinds/define-kind.js";
import { parseCurrentBody, type CurrentKind } from "./current-bodies.js";

function currentKind<const K extends CurrentKind>(kind: K, map: string, rule: string, alsoIn: readonly KindPlace[] = []) {
  return defineKind({ kind, document: "currents", map, alsoIn, parseBody: (body: CanonicalValue) => parseCurrentBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of currents. */
export const CURRENT_SPECS = Object.freeze([
  currentKind("current", "currents", "CU3", [{ document: "thread", map: "origin" }]),
  currentKind("current-join", "members", "CU4"),
  currentKind("current-leave", "members", "CU4"),
] as const);
