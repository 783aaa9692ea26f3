/** The Automerge document types (PROTOCOL.md D): schemas, record maps, creation and migration. */
export {
  defineDocumentType,
  mapNames,
  mapOfKind,
  type DocumentType,
  type SchemaMigration,
} from "./document-type.js";
export { addRecord, type RecordMap, type RecordText } from "./record-map.js";
export { SchemaTooNewError } from "./schema-error.js";
export { initialiseStep } from "./initialise-step.js";
export { migrateDocument, schemaVersionOf } from "./migrate-document.js";
export { createDocument, type CreateDocumentOptions } from "./create-document.js";
export {
  ORGANISATION_DOCUMENT,
  createOrganisationDoc,
  migrateOrganisationDoc,
  type OrganisationDoc,
} from "./organisation.js";
export { CHAPTER_DOCUMENT, createChapterDoc, migrateChapterDoc, type ChapterDoc } from "./chapter.js";
export { PROPOSAL_DOCUMENT, createProposalDoc, migrateProposalDoc, type ProposalDoc } from "./proposal.js";
export {
  BALLOT_BOX_DOCUMENT,
  createBallotBoxDoc,
  migrateBallotBoxDoc,
  type BallotBoxDoc,
  type BallotBoxHint,
} from "./ballot-box.js";
export { HOME_DOCUMENT, createHomeDoc, migrateHomeDoc, type HomeDoc } from "./home.js";
export { THREAD_DOCUMENT, createThreadDoc, migrateThreadDoc, type ThreadDoc } from "./thread.js";
export { ASSEMBLY_DOCUMENT, createAssemblyDoc, migrateAssemblyDoc, type AssemblyDoc } from "./assembly.js";
export { CURRENTS_DOCUMENT, createCurrentsDoc, migrateCurrentsDoc, type CurrentsDoc } from "./currents.js";
export { PROFILE_DOCUMENT, createProfileDoc, migrateProfileDoc, type ProfileDoc } from "./profile.js";
export {
  CONVERSATION_DOCUMENT,
  createConversationDoc,
  migrateConversationDoc,
  type ConversationDoc,
} from "./conversation.js";
export { DOCUMENT_TYPES } from "./document-types.js";
export { INBOX_DOCUMENT } from "./inbox.js";
export { ATTACHMENT_DOCUMENT, createAttachmentDoc, type AttachmentDoc } from "./attachment.js";
