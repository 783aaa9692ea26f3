/** Leaving and removal (PROTOCOL.md M8): the records that end a membership grant. */
import type { ChapterOnlyBody, RemoveBody } from "./bodies.js";
import { accept, refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Judges a `leave` (M8.1) and, if valid, ends the signer's direct membership. Never throws. */
export function applyLeave({ state, record }: RuleInput, body: ChapterOnlyBody): Verdict {
  const grant = state.citedDirect(record, body.chapter);
  if (grant === undefined)
    return refuse("M8.1", "the signer does not cite a live membership of exactly this chapter");
  state.endGrant(grant);
  return accept({ grant, holding: null });
}

/** Judges a `remove` (M8.2) and, if valid, ends the member's direct membership. Never throws. */
export function applyRemove({ state, record }: RuleInput, body: RemoveBody): Verdict {
  const authority = state.citedFacilitator(record, body.chapter);
  if (authority === undefined)
    return refuse("M8.2", "the signer does not cite a live facilitator role over the chapter");
  const target = state.directGrant(body.chapter, body.member);
  if (target === undefined) return refuse("M8.2", "the member is not a direct member of the chapter");
  if (!record.envelope.deps.includes(target))
    return refuse("M8.2", "the remove does not cite the member's grant");
  state.endGrant(target);
  return accept(authority);
}
