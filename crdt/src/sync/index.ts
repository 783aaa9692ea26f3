/** A device's side of sync (PROTOCOL.md W9): a document that arrives whole is loaded, not replayed. */
export { loadWholeDocument } from "./whole-document-message.js";
export { takeWholeDocument, type ReceivingHandle, type RepoMessage } from "./whole-document-intake.js";
