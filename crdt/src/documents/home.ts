import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("home", [
  /** The organisations the member belongs to (each names its Organisation document URL). */
  "organisations",
  /** The chapters the member belongs to (each names its Chapter document URL). */
  "chapters",
]);

/**
 * The Home document (D4): one per member, found again from the recovery phrase. Its entries
 * are records signed by the member, so a relay or anyone else who learns its URL cannot plant
 * a link: readers accept only the member's own (their authorise step checks the signer).
 */
export const HOME_DOCUMENT = defineDocumentType({
  name: "home",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

/** Schema 1 of the Home document. */
export interface HomeDoc {
  schema: number;
  organisations: RecordMap;
  chapters: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Home document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createHomeDoc(options?: CreateDocumentOptions): A.Doc<HomeDoc> {
  return createDocument<HomeDoc>(HOME_DOCUMENT, {}, options);
}

/**
 * Brings a Home document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateHomeDoc(doc: A.Doc<HomeDoc>): A.Doc<HomeDoc> {
  return migrateDocument(HOME_DOCUMENT, doc);
}
