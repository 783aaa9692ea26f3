/** Member names (PROTOCOL.md M14): the kind, its body and its builder. */
export { NAME_SPECS } from "./kinds.js";
export { MAX_MEMBER_NAME_LENGTH, memberNameDraft, memberNameProblem, parseMemberNameBody, type MemberNameBody } from "./member-name.js";
