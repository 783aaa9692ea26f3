import type { MemberAction } from "../../shared/routing/member-actions.js";
import { AidMemberLink } from "./AidMemberLink.js";

/** What the mutual-aid feature adds to a member's page (registered by src/app/features.ts): their offers and requests. */
export const aidMemberActions: readonly MemberAction[] = [{ id: "aid-member", order: 20, Content: AidMemberLink }];
