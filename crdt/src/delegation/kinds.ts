/**
 * The kinds of section DG (PROTOCOL.md DG1), each declared once: where it is held, its body's
 * validator and its rule. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind, type BodyOfKind, type BodyParse, type DocumentName } from "../kinds/define-kind.js";
import { parseDelegationBody, type DelegationKind, type DelegationRecordBody } from "./delegation-bodies.js";

function delegationKind<const K extends DelegationKind>(kind: K, document: DocumentName, map: string, rule: string) {
  return defineKind({
    kind,
    document,
    map,
    parseBody: (body: CanonicalValue) => parseDelegationBody(kind, body) as BodyParse<BodyOfKind<DelegationRecordBody, K>>,
    signedBy: "member",
    signable: true,
    rule,
  });
}

/** Every kind of section DG, in the order of DG1. */
export const DELEGATION_SPECS = Object.freeze([
  delegationKind("delegate", "chapter", "delegations", "DG1.1"),
  delegationKind("decline", "chapter", "delegations", "DG1.2"),
  delegationKind("delegation-set", "proposal", "votes", "DG1.3"),
] as const);

/** The kinds of section DG. */
export const DELEGATION_KINDS: readonly DelegationKind[] = Object.freeze(DELEGATION_SPECS.map((spec) => spec.kind));

/** True for a kind of section DG. Never throws. */
export function isDelegationKind(kind: string): kind is DelegationKind {
  return (DELEGATION_KINDS as readonly string[]).includes(kind);
}
