/**
 * The mutual-aid kinds (PROTOCOL.md AID2, AID3), declared once, all in the Chapter document's `aid`
 * map (the chapter's board). Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseAidBody, type AidKind } from "./aid-bodies.js";

function aidKind<const K extends AidKind>(kind: K, rule: string) {
  return defineKind({ kind, document: "chapter", map: "aid", parseBody: (body: CanonicalValue) => parseAidBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of mutual aid. */
export const AID_SPECS = Object.freeze([aidKind("aid-offer", "AID2"), aidKind("aid-request", "AID2"), aidKind("aid-met", "AID3")] as const);
