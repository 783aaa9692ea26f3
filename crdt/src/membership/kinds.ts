/**
 * The membership record kinds (PROTOCOL.md M1.1), where each is held, and the chapter levels.
 */
import { isObject } from "../canonical.js";
import type { Envelope } from "../record.js";

/** Chapter levels from the top down (M4.3). A child's level comes strictly after its parent's. */
export const LEVELS = Object.freeze(["international", "country", "region", "city", "neighbourhood"] as const);
/** One chapter level. */
export type Level = (typeof LEVELS)[number];

/** Kinds held in the Organisation document (M1.1). */
export const ORGANISATION_KINDS = Object.freeze(["genesis", "endorse"] as const);
/** Kinds held in a Chapter document (M1.1). */
export const CHAPTER_KINDS = Object.freeze([
  "sponsor",
  "countersign",
  "admit",
  "invite",
  "redeem",
  "uninvite",
  "leave",
  "remove",
  "role",
  "rotate-proof",
  "rotate",
] as const);

/** Every kind the membership fold judges. */
export type MembershipKind = (typeof ORGANISATION_KINDS)[number] | (typeof CHAPTER_KINDS)[number];

const KINDS: ReadonlySet<string> = new Set<string>([...ORGANISATION_KINDS, ...CHAPTER_KINDS]);

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
