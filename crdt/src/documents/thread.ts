import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("thread", [
  /** The room's own creation record (the same record the chapter's `threads` index holds), on its first page (CH9). */
  "origin",
  /** The pages of the room started after the first (CH3), on its first page. */
  "pages",
  /** Pinned messages (CH7), on its first page. */
  "pins",
  /** Messages, and the edits, deletions, reactions and hides of the messages of this page (CH9). */
  "messages",
]);

/** The Thread document (D4): one page of a chat room (CH9). */
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
  pages: RecordMap;
  pins: RecordMap;
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
