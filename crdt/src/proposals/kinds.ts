/**
 * The kinds of section P (PROTOCOL.md P1.1, P8), each declared once: where it is held, its body's
 * validator and its rule. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind, type BodyOfKind, type BodyParse } from "../kinds/define-kind.js";
import { parseProposalBody, type ProposalKind, type ProposalRecordBody } from "./proposal-bodies.js";
import { parseStageHint } from "./stage-hint.js";

/** A kind judged by P1–P6, held in the Proposal document. */
function proposalKind<const K extends ProposalKind>(kind: K, map: string, rule: string) {
  return defineKind({
    kind,
    document: "proposal",
    map,
    // P1.1: a creation record is also held in its chapter's index, so the chapter lists it.
    ...(kind === "proposal" ? { alsoIn: [{ document: "chapter", map: "proposals" }] as const } : {}),
    parseBody: (body: CanonicalValue) => parseProposalBody(kind, body) as BodyParse<BodyOfKind<ProposalRecordBody, K>>,
    signedBy: "member",
    signable: true,
    rule,
  });
}

/** The records of a proposal, judged by `judgeProposal` (P1–P6). */
const RECORD_SPECS = Object.freeze([
  proposalKind("proposal", "origin", "P2"),
  proposalKind("version", "versions", "P3"),
  proposalKind("comment", "comments", "P4"),
  proposalKind("amendment", "amendments", "P5"),
  proposalKind("amendment-reject", "amendments", "P6"),
] as const);

/** Every kind of section P: the proposal's records and the stage hint of the chapter's index (P8). */
export const PROPOSAL_SPECS = Object.freeze([
  ...RECORD_SPECS,
  defineKind({ kind: "proposal-stage", document: "chapter", map: "proposals", parseBody: parseStageHint, signedBy: "member", signable: true, rule: "P8" }),
] as const);

/** The kinds `judgeProposal` judges (P1.1): the stage hint is not one, it is judged by the chapter's index (P8). */
export const PROPOSAL_KINDS: readonly ProposalKind[] = Object.freeze(RECORD_SPECS.map((spec) => spec.kind));

/** True for a kind `judgeProposal` judges. Never throws. */
export function isProposalKind(kind: string): kind is ProposalKind {
  return (PROPOSAL_KINDS as readonly string[]).includes(kind);
}
