import { ASSEMBLY_DOCUMENT } from "./assembly.js";
import { ATTACHMENT_DOCUMENT } from "./attachment.js";
import { BALLOT_BOX_DOCUMENT } from "./ballot-box.js";
import { CHAPTER_DOCUMENT } from "./chapter.js";
import { CONVERSATION_DOCUMENT } from "./conversation.js";
import { CURRENTS_DOCUMENT } from "./currents.js";
import type { DocumentType } from "./document-type.js";
import { HOME_DOCUMENT } from "./home.js";
import { INBOX_DOCUMENT } from "./inbox.js";
import { ORGANISATION_DOCUMENT } from "./organisation.js";
import { PROFILE_DOCUMENT } from "./profile.js";
import { PROPOSAL_DOCUMENT } from "./proposal.js";
import { THREAD_DOCUMENT } from "./thread.js";

/** Every Chapterhouse document type (PROTOCOL.md D4), in the order D4 lists them. */
export const DOCUMENT_TYPES: readonly DocumentType[] = Object.freeze([
  ORGANISATION_DOCUMENT,
  CHAPTER_DOCUMENT,
  PROPOSAL_DOCUMENT,
  BALLOT_BOX_DOCUMENT,
  HOME_DOCUMENT,
  THREAD_DOCUMENT,
  PROFILE_DOCUMENT,
  ASSEMBLY_DOCUMENT,
  CURRENTS_DOCUMENT,
  CONVERSATION_DOCUMENT,
  INBOX_DOCUMENT,
  ATTACHMENT_DOCUMENT,
] as DocumentType[]);
