/** Key rotation (PROTOCOL.md M10): a member moves a membership and its roles to a new key. */
import type { RotateBody } from "./bodies.js";
import { accept, refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Judges a `rotate-proof` (M10.1). It changes nothing until a rotate uses it. Never throws. */
export function applyRotateProof(): Verdict {
  return accept(null);
}

/** Judges a `rotate` (M10.2) and, if valid, moves the grant and roles to the new key (M10.3). Never throws. */
export function applyRotate({ state, record, isSmallOrderKey }: RuleInput, body: RotateBody): Verdict {
  const oldKey = record.envelope.signer;
  const grantId = state.citedDirect(record, body.chapter);
  if (grantId === undefined)
    return refuse("M10.2", "the signer does not cite a live membership of exactly this chapter");
  const proof = state.accepted.get(body.proof);
  if (proof === undefined || proof.body.kind !== "rotate-proof")
    return refuse("M10.2", "the proof is not an accepted rotate-proof");
  if (
    proof.record.envelope.signer !== body.key ||
    proof.body.key !== oldKey ||
    proof.body.chapter !== body.chapter
  ) {
    return refuse("M10.2", "the proof is not the new key's signature naming this key and chapter");
  }
  if (body.key === oldKey) return refuse("M10.2", "the new key is the old key");
  if (isSmallOrderKey(body.key)) return refuse("M13.1", "the new key is a small-order key");
  if (state.directGrant(body.chapter, body.key) !== undefined)
    return refuse("M10.2", "the new key is already a member");
  const grant = state.grants.get(grantId)!;
  state.addGrant(record.id, body.key, body.chapter, grant.founder);
  state.moveHoldings(oldKey, body.key, body.chapter);
  state.endGrant(grantId, record.id);
  return accept({ grant: grantId, holding: null });
}
