import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";
import { ASSEMBLY_DOCUMENT } from "./assembly-type.js";

/** The type, declared in assembly-type.ts. */
export { ASSEMBLY_DOCUMENT };

/** Schema 1 of the Assembly document. */
export interface AssemblyDoc {
  schema: number;
  origin: RecordMap;
  agenda: RecordMap;
  attendance: RecordMap;
  speakers: RecordMap;
  results: RecordMap;
  minutes: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Assembly document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createAssemblyDoc(options?: CreateDocumentOptions): A.Doc<AssemblyDoc> {
  return createDocument<AssemblyDoc>(ASSEMBLY_DOCUMENT, {}, options);
}

/**
 * Brings a Assembly document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateAssemblyDoc(doc: A.Doc<AssemblyDoc>): A.Doc<AssemblyDoc> {
  return migrateDocument(ASSEMBLY_DOCUMENT, doc);
}
