/**
 * Invites (PROTOCOL.md M7): a facilitator's bearer token with a maximum number of uses and an
 * expiry, redeemed by a record signed with the token's key and then by the invitee's `admit`.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import type { InviteBody, RedeemBody, UninviteBody } from "./bodies.js";
import type { InviteState } from "./fold-state.js";
import { accept, refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Judges an `invite` (M7.1) and, if valid, opens it. Never throws. */
export function applyInvite({ state, record, isSmallOrderKey }: RuleInput, body: InviteBody): Verdict {
  const authority = state.citedFacilitator(record, body.chapter);
  if (authority === undefined)
    return refuse("M7.1", "the signer does not cite a live facilitator role over the chapter");
  if (isSmallOrderKey(body.token)) return refuse("M13.1", "the token is a small-order key");
  state.invites.set(record.id, {
    id: record.id,
    chapter: body.chapter,
    token: body.token,
    maxUses: body.maxUses,
    expires: body.expires,
    authority,
    uses: 0,
    closed: false,
  });
  return accept(authority);
}

/** Judges a `redeem` (M7.2). It changes nothing until an admit counts it. Never throws. */
export function applyRedeem({ state, record, isSmallOrderKey }: RuleInput, body: RedeemBody): Verdict {
  const invite = state.invites.get(body.invite);
  if (invite === undefined || invite.chapter !== body.chapter)
    return refuse("M7.2", "the invite is not an accepted invite of this chapter");
  if (record.envelope.signer !== invite.token)
    return refuse("M7.2", "the redeem is not signed by the invite's token key");
  if (isSmallOrderKey(body.candidate)) return refuse("M13.1", "the candidate is a small-order key");
  if (record.envelope.at > invite.expires)
    return refuse("M7.3", "the redeem claims a time after the invite expires");
  return accept(null);
}

/** Judges an `uninvite` (M7.5) and, if valid, closes the invite. Never throws. */
export function applyUninvite({ state, record }: RuleInput, body: UninviteBody): Verdict {
  const authority = state.citedFacilitator(record, body.chapter);
  if (authority === undefined)
    return refuse("M7.5", "the signer does not cite a live facilitator role over the chapter");
  const invite = state.invites.get(body.invite);
  if (invite === undefined || invite.chapter !== body.chapter)
    return refuse("M7.5", "the invite is not an accepted invite of this chapter");
  if (invite.closed) return refuse("M7.5", "the invite is already closed");
  invite.closed = true;
  invite.closedBy = record.id;
  return accept(authority);
}

/**
 * Checks the invite path of an admit (M7.3, M7.4) and, if it holds, counts one use of the invite.
 * Call it last: it mutates the invite only when it accepts. The verdict carries the invite and its
 * issuer's authority, for M8.4.
 * Never throws.
 */
export function redeemInvite({ state, record }: RuleInput, chapter: ChapterId, redeemId: RecordId): Verdict {
  const entry = state.accepted.get(redeemId);
  if (entry === undefined || entry.body.kind !== "redeem")
    return refuse("M7.3", "the redeem is not an accepted redeem record");
  const redeem = entry.body;
  if (redeem.candidate !== record.envelope.signer)
    return refuse("M7.3", "the redeem names another candidate");
  if (redeem.chapter !== chapter) return refuse("M7.3", "the redeem is for another chapter");
  if (state.consumed.has(redeemId)) return refuse("M6.6", "the redeem has already been used");
  const invite: InviteState = state.invites.get(redeem.invite)!;
  if (invite.closed) return refuse("M7.5", "the invite has been closed");
  if (!state.stands(invite.authority))
    return refuse("M7.3", "the inviting facilitator's authority no longer stands");
  if (record.envelope.at > invite.expires)
    return refuse("M7.3", "the admit claims a time after the invite expires");
  if (invite.uses >= invite.maxUses) return refuse("M7.4", `the invite's ${invite.maxUses} uses are spent`);
  invite.uses += 1;
  return accept(null, [invite.authority], invite.id);
}
