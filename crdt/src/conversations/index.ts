/** Private conversations (PROTOCOL.md PVC): ids, where they are, who may change their epochs, and reading them. */
export { CONVERSATION_SALT_BYTES, conversationScope, isConversation, newConversation, type Conversation } from "./conversation-scope.js";
export { CONVERSATION_DOCUMENT_ID_BYTES, CONVERSATION_GENESIS_ACTOR, conversationDocumentId, conversationDocumentUrl, conversationGenesis } from "./conversation-document.js";
export { authoriseConversationKeys, type ConversationKeyAuthority, type PrivateOwner } from "./conversation-keys.js";
export { CONVERSATION_KINDS, readConversation, readPrivateMessages, type ConversationReading, type PrivateMessagesInput } from "./read-conversation.js";
export { MAX_INVITATION_LENGTH, openInvitation, readInvitations, sealInvitation, type SealedInvitation } from "./invitation.js";
export { INBOX_GENESIS_ACTOR, inboxDocumentId, inboxDocumentUrl, inboxGenesis, type InboxDoc } from "./inbox-document.js";
export { readInvitedRoom } from "./read-invited-room.js";
