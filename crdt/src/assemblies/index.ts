/** Assemblies (PROTOCOL.md AS): a chapter's event held face to face — agenda, attendance, the presence and quorum panel, speakers. */
export {
  MAX_CHAIRS,
  MAX_ITEM_LINKS,
  MAX_ITEM_MINUTES,
  MAX_ITEM_ORDER,
  MAX_ITEM_TITLE_LENGTH,
  MAX_QUEUE,
  MAX_SPEECH_SECONDS,
  SPEAKER_ROLES,
  parseAssemblyBody,
  type AgendaCurrentBody,
  type AgendaItemBody,
  type AssemblyBody,
  type AssemblyKind,
  type AssemblyRecordBody,
  type AttendanceBody,
  type InAssemblyBody,
  type SpeakerBody,
  type SpeakerRole,
  type SpeakersOrderBody,
  type SpeechBody,
} from "./assembly-bodies.js";
export { ASSEMBLY_SPECS } from "./kinds.js";
export { agendaCurrentDraft, agendaItemDraft, assemblyDraft, attendanceDraft, speakerDraft, speakersOrderDraft, speechDraft, type AgendaItemFields } from "./assembly-records.js";
export { assemblyDocumentUrl } from "./assembly-document-url.js";
export { ASSEMBLY_GENESIS_ACTOR, assemblyGenesis } from "./assembly-document.js";
export { judgeConvenings, type Convening, type ConveningsJudgement } from "./judge-convening.js";
export { judgeAssembly, type AssemblyJudgement, type AssemblyRecord } from "./judge-assembly.js";
export { assemblyView, type AgendaNode, type AssemblyView, type Attendance, type SpeakerRequest, type SpeakerTotal } from "./assembly-view.js";
export { presencePanel, type PresencePanel } from "./presence-panel.js";
export { proxiesPresent } from "./proxies-present.js";
export { roomQuorum } from "./room-quorum.js";
export {
  MAX_ATTENDANCE_IDS,
  MAX_ATTENDANCE_SETS,
  attendanceSetDrafts,
  closePresenceOf,
  closePresenceProblem,
  openPresentProblem,
  parseAttendanceSetBody,
  takenAttendance,
  type AttendanceSetBody,
  type ClosePresence,
  type OpenPresent,
} from "./attendance-set.js";
export { isPresenceKind, judgePresence, type PresenceContext, type PresenceJudgement, type PresencePlace, type PresenceReport } from "./judge-presence.js";
export { readAssembly, readAssemblyMinutes, type AssemblyMinutesRead, type AssemblyRead } from "./read-assembly.js";
export { MAX_COUNT, MAX_OPTION_LABEL_LENGTH, MAX_RESULT_OPTIONS, RESULT_METHODS, parsePaperResultBody, type PaperResultBody, type PaperResultFields, type PaperResultRecordBody, type ResultMethod, type ResultOption, type TellerSignBody } from "./paper-result-bodies.js";
export { MAX_NOTE_LENGTH, MINUTES_ROLES, parseMinutesBody, type MinutesNoteBody, type MinutesRecordBody, type MinutesRole, type MinutesSignBody, type SecretaryBody } from "./minutes-bodies.js";
export { MINUTES_SPECS, type MinutesKind } from "./minutes-kinds.js";
export { minutesNoteDraft, minutesSignDraft, paperResultDraft, secretaryDraft, tellerSignDraft } from "./minutes-records.js";
export { MINUTES_KINDS, judgeMinutes, type MinutesJudgement, type MinutesKindBody, type MinutesRecord } from "./judge-minutes.js";
export { paperOutcome, paperResults, type PaperOutcome, type PaperResult, type PaperResultStatus, type TellerCount } from "./paper-results.js";
export { minutesContent, minutesDigest, minutesState, minutesText, type MinutesContent, type MinutesItem, type MinutesSignature, type MinutesState } from "./assembly-minutes.js";
