import { route } from "../../shared/routing/route.js";
import { ConversationScreen } from "./ConversationScreen.js";
import { MessagesScreen } from "./MessagesScreen.js";
import { conversationPath, messagesPath } from "./paths.js";

/** The messages' screens, registered by src/app/features.ts. */
export const messageRoutes = [
  route(messagesPath, () => <MessagesScreen />),
  route(conversationPath, ({ creator, salt }) => <ConversationScreen key={`${creator}/${salt}`} creator={creator} salt={salt} />),
];
