import type { MemberAction } from "../../shared/routing/member-actions.js";
import { SendMessageAction } from "./SendMessageAction.js";

/** What the messages feature adds to a member's page (registered by src/app/features.ts). */
export const messageMemberActions: readonly MemberAction[] = [{ id: "messages-send", order: 10, Content: SendMessageAction }];
