/** The moderation log (PROTOCOL.md MOD): every hide and report of a chapter's rooms and forum topics, for every member to read. */
export { moderationLogId, moderationLogUrl } from "./moderation-log-id.js";
export { readModerationLog, type ModerationEntry, type ModerationLog, type ModerationPlace } from "./read-moderation-log.js";
