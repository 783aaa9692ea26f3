import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("profile", [
  /** The member's signed profiles (PROTOCOL.md PF1): the one with the highest `seq` is current. */
  "profile",
  /** The member's signed pictures (PF2): their bytes live here only. */
  "pictures",
]);

/**
 * The Profile document (D4, PF4): one member's signed profile and pictures, at an id derived from
 * the member's key. Its records count only when the member signed them (PF3.1).
 */
export const PROFILE_DOCUMENT = defineDocumentType({
  name: "profile",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

/** Schema 1 of the Profile document. */
export interface ProfileDoc {
  schema: number;
  profile: RecordMap;
  pictures: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Profile document at the current schema. A device starting a member's Profile
 * document loads its genesis instead (profiles/profile-document.ts, PF4.3).
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createProfileDoc(options?: CreateDocumentOptions): A.Doc<ProfileDoc> {
  return createDocument<ProfileDoc>(PROFILE_DOCUMENT, {}, options);
}

/**
 * Brings a Profile document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateProfileDoc(doc: A.Doc<ProfileDoc>): A.Doc<ProfileDoc> {
  return migrateDocument(PROFILE_DOCUMENT, doc);
}
