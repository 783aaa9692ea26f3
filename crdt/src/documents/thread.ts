import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep, migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("thread", [
  /** The thread's own creation record (the same record the chapter's `threads` index holds). */
  "origin",
  /** Signed messages. */
  "messages",
]);

/** The Thread document (D4): a forum topic or chat room. */
export const THREAD_DOCUMENT = defineDocumentType({
  name: "thread",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

/** Schema 1 of the Thread document. */
export interface ThreadDoc {
  schema: number;
  origin: RecordMap;
  messages: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Thread document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createThreadDoc(options?: CreateDocumentOptions): A.Doc<ThreadDoc> {
  return createDocument<ThreadDoc>(THREAD_DOCUMENT, {}, options);
}

/**
 * Brings a Thread document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateThreadDoc(doc: A.Doc<ThreadDoc>): A.Doc<ThreadDoc> {
  return migrateDocument(THREAD_DOCUMENT, doc);
}
