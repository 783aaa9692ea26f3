/**
 * The kinds of the Home document (PROTOCOL.md D4, D4.1), each declared once. Registered in
 * kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind, type BodyOfKind, type BodyParse } from "../kinds/define-kind.js";
import { parseHomeBody, type HomeBody, type HomeKind } from "./home-bodies.js";

function homeKind<const K extends HomeKind>(kind: K, map: string) {
  return defineKind({
    kind,
    document: "home",
    map,
    parseBody: (body: CanonicalValue) => parseHomeBody(kind, body) as BodyParse<BodyOfKind<HomeBody, K>>,
    signedBy: "member",
    signable: true,
    rule: "D4.1",
  });
}

/** The kinds of the Home document. */
export const HOME_SPECS = Object.freeze([homeKind("home-organisation", "organisations"), homeKind("home-chapter", "chapters")] as const);
