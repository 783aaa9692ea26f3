/**
 * The dues kinds (PROTOCOL.md DU2, DU3), declared once, both in the Chapter document's `dues` map:
 * the dues a chapter set by decision and the treasurer's ledger entries. Registered in
 * kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseDuesBody, type DuesKind } from "./dues-bodies.js";

function duesKind<const K extends DuesKind>(kind: K, rule: string) {
  return defineKind({ kind, document: "chapter", map: "dues", parseBody: (body: CanonicalValue) => parseDuesBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of dues. */
export const DUES_SPECS = Object.freeze([duesKind("dues-setting", "DU2"), duesKind("ledger-entry", "DU3")] as const);
