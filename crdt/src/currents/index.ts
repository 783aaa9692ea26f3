/** Currents (PROTOCOL.md CU): named groups of members across chapters sharing a position, which no chapter can dissolve. */
export { MAX_CURRENT_NAME_LENGTH, MAX_CURRENT_STATEMENT_LENGTH, parseCurrentBody, type CurrentBody, type CurrentMembershipBody } from "./current-bodies.js";
export { currentDraft, currentMembershipDraft } from "./current-records.js";
export { currentRoom } from "./current-room.js";
export { CURRENTS_GENESIS_ACTOR, currentsDocumentUrl, currentsGenesis } from "./currents-document.js";
export { judgeCurrents, type Current, type CurrentMember, type CurrentsJudgement } from "./judge-currents.js";
export { readCurrent, readCurrents, type CurrentRead } from "./read-currents.js";
