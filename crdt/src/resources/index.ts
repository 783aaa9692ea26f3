/** Resources (PROTOCOL.md RS): a chapter's library of files and links, with folders and tags; files' bytes in Attachment documents, checked by their signed hash. */
export {
  MAX_FILE_BYTES,
  MAX_FILE_NAME,
  MAX_FOLDER_DEPTH,
  MAX_FOLDER_NAME,
  MAX_RESOURCE_DESCRIPTION,
  MAX_RESOURCE_LINK,
  MAX_RESOURCE_TITLE,
  MAX_TAG,
  MAX_TAGS,
  RESOURCE_FILE_TYPES,
  RESOURCE_FIELDS,
  parseResourceBody,
  resourceFieldsProblem,
  type ResourceBody,
  type ResourceFile,
  type ResourceFileType,
} from "./resource-body.js";
export { RESOURCE_SPECS } from "./kinds.js";
export { parseResourceChangeBody, type ResourceChangeBody, type ResourceChangeKind, type ResourceEditBody, type ResourceFields, type ResourceRemoveBody } from "./resource-change-bodies.js";
export { resourceDraft, resourceEditDraft, resourceHideDraft, resourceRemoveDraft } from "./resource-records.js";
export { isResourceFileType, resourceFileProblem, type ResourceFileProblem } from "./resource-file-problem.js";
export { attachmentBytes, type AttachmentRead } from "./attachment-bytes.js";
export { judgeResources, type ChapterResource, type ResourcesJudgement, type ResourceVersion } from "./judge-resources.js";
export { chapterLibrary, readLibrary, type ChapterLibrary, type LibraryRead } from "./read-library.js";
