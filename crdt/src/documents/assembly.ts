import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep, migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("assembly", [
  /** A copy of the convening `assembly` record (AS2), so the document says which assembly it is. */
  "origin",
  /** Agenda items, their edits and the current item (AS4). */
  "agenda",
  /** Check-ins and check-outs (AS5). */
  "attendance",
  /** Requests for the floor, the chairs' orders and speeches (AS6). */
  "speakers",
  /** Paper and show-of-hands results and their tellers' counts (AS9). */
  "results",
  /** The secretary, the notes and the signatures of the minutes (AS10). */
  "minutes",
]);

/** The Assembly document (D4, AS1): one assembly's own records, at an id derived from its id. */
export const ASSEMBLY_DOCUMENT = defineDocumentType({
  name: "assembly",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

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
