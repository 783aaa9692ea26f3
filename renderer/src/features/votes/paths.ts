import { routePath } from "../../shared/routing/route-path.js";

/** The chapter's decisions log (PROTOCOL.md V7). */
export const decisionsPath = routePath("/org/:organisation/chapter/:chapter/decisions");
/** Checking a vote bundle file as `chapterhouse verify` does. */
export const checkBundlePath = routePath("/check");

/** The vote's section of a proposal's page: its tab's id, and the last part of its address. */
export const VOTE_SECTION = "vote";
