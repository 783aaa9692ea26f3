import { routePath } from "../../shared/routing/route-path.js";

/** The chapter's decisions log (PROTOCOL.md V7). */
export const decisionsPath = routePath("/org/:organisation/chapter/:chapter/decisions");
/** Checking a vote bundle file as `chapterhouse verify` does. */
export const checkBundlePath = routePath("/check");
