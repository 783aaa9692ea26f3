import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("currents", [
  /** The currents founded (CU3) and moderators' hides of their statements (CU6). */
  "currents",
  /** Members' own joins and leaves (CU4). */
  "members",
]);

/** The Currents document (D4, CU1): an organisation's currents, at an id derived from its root chapter's id. */
export const CURRENTS_DOCUMENT = defineDocumentType({
  name: "currents",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

/** Schema 1 of the Currents document. */
export interface CurrentsDoc {
  schema: number;
  currents: RecordMap;
  members: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Currents document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createCurrentsDoc(options?: CreateDocumentOptions): A.Doc<CurrentsDoc> {
  return createDocument<CurrentsDoc>(CURRENTS_DOCUMENT, {}, options);
}

/**
 * Brings a Currents document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateCurrentsDoc(doc: A.Doc<CurrentsDoc>): A.Doc<CurrentsDoc> {
  return migrateDocument(CURRENTS_DOCUMENT, doc);
}
