import * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/**
 * The Attachment document (PROTOCOL.md RS3): one file's bytes, named by the URL its `resource`
 * record signs. It has no record map: its `bytes` are checked against the hash that record signs
 * (RS3.3), so the chokepoint reads nothing in it.
 */
export const ATTACHMENT_DOCUMENT = defineDocumentType({
  name: "attachment",
  schema: 1,
  maps: {},
  migrations: [initialiseStep([], () => ({}))],
});

/** Schema 1 of the Attachment document (RS3.2). */
export interface AttachmentDoc {
  schema: number;
  /** The file. */
  bytes: Uint8Array;
  unsigned: Record<string, never>;
}

/**
 * A new Attachment document holding `bytes`, in one change (RS3.2). Size and type are the app's
 * checks before signing (RS2), not this constructor's.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createAttachmentDoc(bytes: Uint8Array, options?: CreateDocumentOptions): A.Doc<AttachmentDoc> {
  return A.change(createDocument<AttachmentDoc>(ATTACHMENT_DOCUMENT, {}, options), { message: "attach", time: undefined }, (doc) => {
    doc.bytes = bytes;
  });
}
