import { routePath } from "../../shared/routing/route-path.js";

/** The chapter page's tab of its proposals. */
export const PROPOSALS_SECTION = "proposals";
export const newProposalPath = routePath("/org/:organisation/chapter/:chapter/proposals/new");
/** `proposal` is the proposal's id (its creation record's id, PROTOCOL.md D6): the proposal's text. */
export const proposalPath = routePath("/org/:organisation/chapter/:chapter/proposal/:proposal");
/** One view of a proposal: `discussion`, or a section another feature adds (`vote`). */
export const proposalViewPath = routePath("/org/:organisation/chapter/:chapter/proposal/:proposal/:view");
