/** The chapter's forum (PROTOCOL.md FO): categories, topics as rooms of the chat family, and the proposals started from topics. */
export {
  MAX_CATEGORY_ABOUT_LENGTH,
  MAX_CATEGORY_NAME_LENGTH,
  MAX_TOPIC_TITLE_LENGTH,
  parseForumBody,
  type ForumBody,
  type ForumCategoryBody,
  type ForumKind,
  type TopicBody,
  type TopicProposalBody,
} from "./forum-bodies.js";
export { FORUM_SPECS } from "./kinds.js";
export { forumCategoryDraft, topicDraft, topicProposalDraft } from "./forum-records.js";
export { judgeForum, type Forum, type ForumCategory, type ForumTopic } from "./judge-forum.js";
export { topicRoom } from "./topic-room.js";
export { readForum, readTopic, type TopicRead } from "./read-forum.js";
