/** The kind registry: each record kind declared once, and what derives from it (docs/ARCHITECTURE.md "A record kind"). */
export {
  anyObjectBody,
  defineKind,
  type BodyOfKind,
  type BodyParse,
  type DocumentName,
  type KindDeclaration,
  type KindPlace,
  type KindSpec,
  type RecordBody,
} from "./define-kind.js";
export { signDraft, withNamed, type BodyFields, type RecordDraft } from "./record-draft.js";
export {
  ALL_KINDS,
  SIGNABLE_KINDS,
  isSignableKind,
  kindSpec,
  kindsByMap,
  kindsIn,
  parseKindBody,
  placesOf,
  type BodyOf,
  type RecordBodies,
  type RecordKind,
  type RegisteredKind,
  type SignableKind,
} from "./registry.js";
export { RESERVED_SPECS } from "./reserved-kinds.js";
