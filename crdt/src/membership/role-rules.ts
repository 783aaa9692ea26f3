/** Roles (PROTOCOL.md M9): granted and revoked by a founder, or by a facilitator citing a decision. */
import type { RoleBody } from "./bodies.js";
import type { Authority } from "./fold-state.js";
import { accept, refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Judges a `role` (M9.2–M9.4) and, if valid, grants or ends the holding. Never throws. */
export function applyRole({ state, record }: RuleInput, body: RoleBody): Verdict {
  // M9.2: a founder of the chapter needs no decision; a facilitator over it must cite one.
  let authority: Authority | undefined;
  const founderGrant = state.citedDirect(record, body.chapter, true);
  if (founderGrant !== undefined) {
    authority = { grant: founderGrant, holding: null };
  } else {
    authority = state.citedFacilitator(record, body.chapter);
    if (authority === undefined)
      return refuse(
        "M9.2",
        "the signer cites neither a founder's membership nor a facilitator role over the chapter",
      );
    if (body.decision === null)
      return refuse("M9.2", "a facilitator grants or revokes roles only citing a decision");
  }
  const current = state.holding(body.chapter, body.member, body.role);
  if (body.grant) {
    // M9.3: the member must be a member of the chapter, cited, and not hold the role already.
    const memberGrant = record.envelope.deps.find((dep) => {
      const grant = state.grants.get(dep);
      return (
        grant !== undefined &&
        grant.live &&
        grant.key === body.member &&
        state.isWithin(grant.chapter, body.chapter)
      );
    });
    if (memberGrant === undefined)
      return refuse("M9.3", "the role record does not cite a live membership of the member in the chapter");
    if (current !== undefined) return refuse("M9.3", "the member already holds this role here");
    state.addHolding(record.id, body.member, body.chapter, body.role);
  } else {
    // M9.4: the holding must be live and cited.
    if (current === undefined) return refuse("M9.4", "the member does not hold this role here");
    if (!record.envelope.deps.includes(current))
      return refuse("M9.4", "the revoke does not cite the holding");
    state.endHolding(current);
  }
  return accept(authority);
}
