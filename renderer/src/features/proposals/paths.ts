import { routePath } from "../../shared/routing/route-path.js";

export const newProposalPath = routePath("/org/:organisation/chapter/:chapter/proposals/new");
/** `proposal` is the proposal's id (its creation record's id, PROTOCOL.md D6). */
export const proposalPath = routePath("/org/:organisation/chapter/:chapter/proposal/:proposal");
