import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("conversation", [
  /** Private messages: each body holds a `nacl.box` ciphertext, the record signed by the
   * sender, so the signature (not the box) says who wrote it. */
  "messages",
  /** Its epochs' keys, each sealed to the members who may read it (PV3). */
  "keys",
]);

/** The Conversation document (D4): private messages between members. */
export const CONVERSATION_DOCUMENT = defineDocumentType({
  name: "conversation",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

/** Schema 1 of the Conversation document. */
export interface ConversationDoc {
  schema: number;
  messages: RecordMap;
  keys: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Conversation document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createConversationDoc(options?: CreateDocumentOptions): A.Doc<ConversationDoc> {
  return createDocument<ConversationDoc>(CONVERSATION_DOCUMENT, {}, options);
}

/**
 * Brings a Conversation document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateConversationDoc(doc: A.Doc<ConversationDoc>): A.Doc<ConversationDoc> {
  return migrateDocument(CONVERSATION_DOCUMENT, doc);
}
