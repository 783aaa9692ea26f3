import { routePath } from "../../shared/routing/route-path.js";

/** A chapter's moderation log (PROTOCOL.md MOD). */
export const moderationLogPath = routePath("/org/:organisation/chapter/:chapter/moderation");
