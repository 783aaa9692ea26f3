/**
 * The kinds of profiles (PROTOCOL.md PF1, PF2), declared once. A member's profile lives in their
 * Profile document and, the same record, in the `profiles` map of each Chapter document they
 * belong to (PF3), so member lists read names from the documents they already hold; the
 * picture's bytes live in the Profile document only. Registered in kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseProfileBody } from "./profile-body.js";
import { parseProfilePictureBody } from "./profile-picture.js";

/** The kinds of profiles. */
export const PROFILE_SPECS = Object.freeze([
  defineKind({
    kind: "profile",
    document: "profile",
    map: "profile",
    alsoIn: [{ document: "chapter", map: "profiles" }],
    parseBody: parseProfileBody,
    signedBy: "member",
    signable: true,
    rule: "PF1",
  }),
  defineKind({ kind: "profile-picture", document: "profile", map: "pictures", parseBody: parseProfilePictureBody, signedBy: "member", signable: true, rule: "PF2" }),
] as const);
