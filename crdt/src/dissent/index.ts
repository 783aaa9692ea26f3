/** Dissent on the record (PROTOCOL.md DS): a member's signed dissenting statement kept with a decision in the decisions log. */
export { MAX_DISSENT_LENGTH, parseDissentBody, type DissentBody } from "./dissent-body.js";
export { DISSENT_SPECS } from "./kinds.js";
export { dissentDraft } from "./dissent-draft.js";
export { judgeDissents, type Dissent, type DissentJudgement } from "./judge-dissents.js";
export { readDissents, readLinkedDissents, type LinkedDissent } from "./read-dissents.js";
