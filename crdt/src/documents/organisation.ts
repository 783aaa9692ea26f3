import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep, migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("organisation", [
  /** The chapter directory: each chapter's `genesis` (binding its id to its document URL) and
   * `endorse` records: the Organisation kinds of PROTOCOL.md M1.1. */
  "chapters",
]);

/** The Organisation document (D4): the chapter tree as signed genesis records. */
export const ORGANISATION_DOCUMENT = defineDocumentType({
  name: "organisation",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

/** Schema 1 of the Organisation document. */
export interface OrganisationDoc {
  schema: number;
  chapters: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Organisation document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createOrganisationDoc(options?: CreateDocumentOptions): A.Doc<OrganisationDoc> {
  return createDocument<OrganisationDoc>(ORGANISATION_DOCUMENT, {}, options);
}

/**
 * Brings an Organisation document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateOrganisationDoc(doc: A.Doc<OrganisationDoc>): A.Doc<OrganisationDoc> {
  return migrateDocument(ORGANISATION_DOCUMENT, doc);
}
