/**
 * The membership record kinds (PROTOCOL.md M1.1), each declared once: where it is held, who signs
 * it, its body's validator (`parseMembershipBody`) and its rule. Registered in kinds/registry.ts.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import { defineKind, type BodyOfKind, type BodyParse } from "../kinds/define-kind.js";
import type { Envelope } from "../records/record.js";
import { parseMembershipBody, type MembershipBody, type MembershipKind } from "./bodies.js";

/** A membership kind: Organisation kinds in `chapters`, Chapter kinds in `governance` (M1.1). */
function membershipKind<const K extends MembershipKind, const S extends boolean>(declaration: {
  readonly kind: K;
  readonly document: "organisation" | "chapter";
  readonly rule: string;
  readonly signable: S;
  readonly signedBy?: "member" | "token";
}) {
  const { kind, document } = declaration;
  return defineKind({
    ...declaration,
    map: document === "organisation" ? "chapters" : "governance",
    parseBody: (body: CanonicalValue) => parseMembershipBody(kind, body) as BodyParse<BodyOfKind<MembershipBody, K>>,
    signedBy: declaration.signedBy ?? "member",
  });
}

/** Every membership kind, in the order of M1.1. */
export const MEMBERSHIP_SPECS = Object.freeze([
  membershipKind({ kind: "genesis", document: "organisation", rule: "M4", signable: true }),
  membershipKind({ kind: "endorse", document: "organisation", rule: "M5", signable: true }),
  membershipKind({ kind: "sponsor", document: "chapter", rule: "M6.1", signable: true }),
  membershipKind({ kind: "countersign", document: "chapter", rule: "M6.2", signable: true }),
  membershipKind({ kind: "admit", document: "chapter", rule: "M6.3", signable: true }),
  membershipKind({ kind: "invite", document: "chapter", rule: "M7.1", signable: true }),
  // Signed by the invite's token key, never by a member's (M7.2): the vault does not sign it.
  membershipKind({ kind: "redeem", document: "chapter", rule: "M7.2", signable: false, signedBy: "token" }),
  membershipKind({ kind: "uninvite", document: "chapter", rule: "M7.5", signable: true }),
  membershipKind({ kind: "leave", document: "chapter", rule: "M8.1", signable: true }),
  membershipKind({ kind: "remove", document: "chapter", rule: "M8.2", signable: true }),
  membershipKind({ kind: "role", document: "chapter", rule: "M9", signable: true }),
  membershipKind({ kind: "rotate-proof", document: "chapter", rule: "M10.1", signable: true }),
  membershipKind({ kind: "rotate", document: "chapter", rule: "M10.2", signable: true }),
] as const);

const heldIn = (document: "organisation" | "chapter"): readonly MembershipKind[] =>
  Object.freeze(MEMBERSHIP_SPECS.filter((spec) => spec.document === document).map((spec) => spec.kind));
/** Kinds held in the Organisation document (M1.1). */
export const ORGANISATION_KINDS = heldIn("organisation");
/** Kinds held in a Chapter document (M1.1). */
export const CHAPTER_KINDS = heldIn("chapter");

const KINDS: ReadonlySet<string> = new Set<string>(MEMBERSHIP_SPECS.map((spec) => spec.kind));

/** True if `kind` is one of the membership kinds of M1.1. Never throws. */
export function isMembershipKind(kind: string): kind is MembershipKind {
  return KINDS.has(kind);
}

/** The role that carries authority in this section (M9.5). Other role names are recorded only. */
export const FACILITATOR = "facilitator";

/**
 * True for an end record (M2.3): one that ends a membership, a role or an invite — `leave`,
 * `remove`, `rotate`, `uninvite`, and `role` with `grant: false`. Judged on the envelope alone, valid
 * or not, so the fold order does not depend on validity. Never throws.
 */
export function isEndRecord(envelope: Pick<Envelope, "kind" | "body">): boolean {
  switch (envelope.kind) {
    case "leave":
    case "remove":
    case "rotate":
    case "uninvite":
      return true;
    case "role":
      return isObject(envelope.body) && envelope.body.grant === false;
    default:
      return false;
  }
}
