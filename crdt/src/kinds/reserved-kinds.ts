/**
 * Kinds the document types hold for features still to come (PROTOCOL.md D4): private messages.
 * Their bodies are not defined yet, so any canonical object passes `parseBody`, and none is signable: the vault signs a kind only once its feature has declared it in its own folder
 * (with its body, validator and rule), replacing its line here.
 */
import { anyObjectBody, defineKind, type DocumentName, type KindPlace } from "./define-kind.js";

function reservedKind<const K extends string>(kind: K, document: DocumentName, map: string, alsoIn: readonly KindPlace[] = []) {
  return defineKind({ kind, document, map, alsoIn, parseBody: anyObjectBody, signedBy: "member", signable: false, reserved: true, rule: "D4" });
}

/** Every reserved kind, by document. */
export const RESERVED_SPECS = Object.freeze([
  reservedKind("private-message", "conversation", "messages"),
] as const);
