/**
 * The kinds of section V (PROTOCOL.md V1.1), each declared once: where it is held, its body's
 * validator and its rule. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind, type BodyOfKind, type BodyParse, type DocumentName } from "../kinds/define-kind.js";
import { parseVoteBody, type VoteKind, type VoteRecordBody } from "./vote-bodies.js";

/** A vote kind held in `document`'s `map`. */
function voteKind<const K extends VoteKind>(kind: K, document: DocumentName, map: string, rule: string) {
  return defineKind({
    kind,
    document,
    map,
    parseBody: (body: CanonicalValue) => parseVoteBody(kind, body) as BodyParse<BodyOfKind<VoteRecordBody, K>>,
    signedBy: "member",
    signable: true,
    rule,
  });
}

/** Every kind of section V, in the order of V1.1. */
export const VOTE_SPECS = Object.freeze([
  voteKind("open", "proposal", "votes", "V2"),
  voteKind("ballot", "ballot-box", "ballots", "V4"),
  voteKind("close", "proposal", "votes", "V5"),
  voteKind("counted", "ballot-box", "counted", "V6"),
  voteKind("decision", "chapter", "decisions", "V7"),
] as const);

/** The kinds of section V. */
export const VOTE_KINDS: readonly VoteKind[] = Object.freeze(VOTE_SPECS.map((spec) => spec.kind));

/** True for a kind of section V. Never throws. */
export function isVoteKind(kind: string): kind is VoteKind {
  return (VOTE_KINDS as readonly string[]).includes(kind);
}
