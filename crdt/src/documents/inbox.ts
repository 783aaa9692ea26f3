import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/**
 * The inbox document (PROTOCOL.md PVC6.3): one per member, where others put sealed invitations.
 * It has no record map: its `invitations` are sealed texts, not records, so the chokepoint reads
 * nothing in it and its readers open each invitation themselves (PVC6.2). Its genesis is
 * `inboxGenesis` (conversations/), which sets schema 1 with both maps.
 */
export const INBOX_DOCUMENT = defineDocumentType({
  name: "inbox",
  schema: 1,
  maps: {},
  migrations: [initialiseStep(["invitations"], () => ({}))],
});
