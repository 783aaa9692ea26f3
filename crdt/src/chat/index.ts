/** Chat rooms (PROTOCOL.md CH): the message family's kinds, bodies and builders, rooms and their pages, judging, and what a room shows. */
export {
  LINK_KINDS,
  MAX_EMOJI_LENGTH,
  MAX_HIDE_REASON_LENGTH,
  MAX_LINKS,
  MAX_MENTIONS,
  MAX_MESSAGE_LENGTH,
  MAX_ROOM_MEMBERS,
  MAX_ROOM_NAME_LENGTH,
  ROOM_ACCESS,
  parseChatBody,
  type ChatBody,
  type ChatKind,
  type HideBody,
  type MessageBody,
  type MessageDeleteBody,
  type MessageEditBody,
  type MessageLink,
  type PinBody,
  type ReactionBody,
  type ReportBody,
  type RoomAccess,
  type ScopedBody,
  type ThreadBody,
  type ThreadPageBody,
} from "./chat-bodies.js";
export { CHAT_SPECS } from "./kinds.js";
export { hideDraft, messageDeleteDraft, messageDraft, messageEditDraft, pinDraft, reactionDraft, reportDraft, threadDraft, threadPageDraft } from "./chat-records.js";
export { roomOf, type Room } from "./room.js";
export { generalRoom, generalRoomId } from "./general-room.js";
export { THREAD_GENESIS_ACTOR, THREAD_PAGE_ID_BYTES, threadGenesis, threadPageId, threadPageUrl } from "./thread-page-document.js";
export { MODERATOR, moderatorProblem, roleProblem, roomMemberProblem } from "./room-authority.js";
export { judgeReferences, judgeRoom, type ChatRecord, type RoomJudgement } from "./judge-room.js";
export { roomPageAuthorise } from "./room-page-authorise.js";
export { ownOriginAuthorise } from "./own-origin-authorise.js";
export { roomTimeline, type ChatMessage, type HideNote, type MessageText, type PinnedMessage, type ReactionTally, type RoomTimeline } from "./room-timeline.js";
export { FLOOD_BURST, FLOOD_GAP_MS, collapseFloods, type FloodItem } from "./collapse-floods.js";
export { PAGE_SIZE, pageForNewMessage, pagesToShow } from "./room-paging.js";
export { readChapterRooms, readRoom, readRoomPages, readRoomsBelow, type PageSnapshot, type RoomRead } from "./read-room.js";
export { moderatorDeps, roleDeps, roomMemberDeps } from "./room-deps.js";
export { callsFor, type CallFor, type CallReason } from "./calls-for.js";
export { roomReports, type ReportNote } from "./room-reports.js";
