import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";
import { ORGANISATION_DOCUMENT } from "./organisation-type.js";

/** The type, declared in organisation-type.ts. */
export { ORGANISATION_DOCUMENT };

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
