import { routePath } from "../../shared/routing/route-path.js";

/** The chapter page's tab of its forum. */
export const FORUM_SECTION = "forum";
/** `topic` is the topic's id (its `topic` record's id, PROTOCOL.md FO3). */
export const topicPath = routePath("/org/:organisation/chapter/:chapter/topic/:topic");
/** The proposal form prefilled from a topic (FO4). */
export const topicProposalPath = routePath("/org/:organisation/chapter/:chapter/topic/:topic/propose");
