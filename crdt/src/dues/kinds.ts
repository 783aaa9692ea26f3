/**
 * The dues kinds (PROTOCOL.md DU2, DU3, DU8.1), declared once: in the Chapter document's `dues`
 * map the dues a chapter set by decision and the treasurer's ledger entries; in the Proposal
 * document's `votes` the ledger entries a vote takes. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseDuesBody, type DuesKind } from "./dues-bodies.js";
import { parseStandingSetBody } from "./standing-set.js";

function duesKind<const K extends DuesKind>(kind: K, rule: string) {
  return defineKind({ kind, document: "chapter", map: "dues", parseBody: (body: CanonicalValue) => parseDuesBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of dues: a vote's `standing-set` (DU8.1) is held beside its open. */
export const DUES_SPECS = Object.freeze([
  duesKind("dues-setting", "DU2"),
  duesKind("ledger-entry", "DU3"),
  defineKind({ kind: "standing-set", document: "proposal", map: "votes", parseBody: parseStandingSetBody, signedBy: "member", signable: true, rule: "DU8.1" }),
] as const);

/** The kinds of DUES_SPECS. */
const DUES_KINDS: readonly string[] = Object.freeze(DUES_SPECS.map((spec) => spec.kind));

/** True for a kind of section DU. Never throws. */
export function isDuesKind(kind: string): boolean {
  return DUES_KINDS.includes(kind);
}
