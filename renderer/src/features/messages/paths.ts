import { routePath } from "../../shared/routing/route-path.js";

/** The member's conversations, newest first, and starting one. */
export const messagesPath = routePath("/messages");
/** One conversation, by its creator and salt (PVC1): its id is theirs. */
export const conversationPath = routePath("/messages/:creator/:salt");
