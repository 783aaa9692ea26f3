import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep, migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("profile", [
  /** The member's signed profile record (name, bio, chapter, box public key). A newer profile
   * is a new record citing the old in its `deps`; readers show the latest in causal order. */
  "profile",
]);

/** The Profile document (D4): one member's signed profile. */
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
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Profile document at the current schema.
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
