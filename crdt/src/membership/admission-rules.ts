/**
 * Admission (PROTOCOL.md M6): sponsorships, facilitator countersignatures and the candidate's own
 * `admit`, on the sponsor path or the invite path (M7.3).
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { AdmitBody, CandidacyBody } from "./bodies.js";
import type { Authority, FoldState } from "./fold-state.js";
import { redeemInvite } from "./invite-rules.js";
import { accept, refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Judges a `sponsor` (M6.1). It changes nothing until an admit counts it. Never throws. */
export function applySponsor({ state, record, isSmallOrderKey }: RuleInput, body: CandidacyBody): Verdict {
  const grant = state.citedMembership(record, body.chapter);
  if (grant === undefined)
    return refuse("M6.1", "the sponsor does not cite a live membership of the chapter");
  const problem = candidateProblem(state, body, record.envelope.signer, isSmallOrderKey);
  if (problem !== undefined) return refuse(problem.rule, problem.text);
  return accept({ grant, holding: null });
}

/** Judges a `countersign` (M6.2). It changes nothing until an admit counts it. Never throws. */
export function applyCountersign(
  { state, record, isSmallOrderKey }: RuleInput,
  body: CandidacyBody,
): Verdict {
  const authority = state.citedFacilitator(record, body.chapter);
  if (authority === undefined)
    return refuse("M6.2", "the signer does not cite a live facilitator role over the chapter");
  const problem = candidateProblem(state, body, record.envelope.signer, isSmallOrderKey);
  if (problem !== undefined) return refuse(problem.rule, problem.text);
  return accept(authority);
}

function candidateProblem(
  state: FoldState,
  body: CandidacyBody,
  signer: MemberKey,
  isSmallOrderKey: (key: string) => boolean,
): { rule: string; text: string } | undefined {
  if (body.candidate === signer)
    return { rule: body.kind === "sponsor" ? "M6.1" : "M6.2", text: "a member cannot vouch for themselves" };
  if (isSmallOrderKey(body.candidate)) return { rule: "M13.1", text: "the candidate is a small-order key" };
  if (state.directGrant(body.chapter, body.candidate) !== undefined) {
    return { rule: body.kind === "sponsor" ? "M6.1" : "M6.2", text: "the candidate is already a member" };
  }
  return undefined;
}

/** Judges an `admit` (M6.3–M6.7) and, if valid, consumes what it counted and grants membership. Never throws. */
export function applyAdmit(input: RuleInput, body: AdmitBody): Verdict {
  const { state, record, isSmallOrderKey } = input;
  const candidate = record.envelope.signer;
  if (isSmallOrderKey(candidate)) return refuse("M13.1", "the candidate is a small-order key");
  if (state.directGrant(body.chapter, candidate) !== undefined)
    return refuse("M6.3", "the candidate is already a member");
  const consumed: RecordId[] = [];
  const counted: Authority[] = [];
  let invite: RecordId | null = null;
  if (body.redeem !== null) {
    const verdict = redeemInvite(input, body.chapter, body.redeem);
    if (!verdict.ok) return verdict;
    consumed.push(body.redeem);
    counted.push(...verdict.counted);
    invite = verdict.invite;
  } else {
    const policy = state.chapters.get(body.chapter)!.genesis.admission;
    // M6.4: distinct sponsors, each resolved through rotations to the key now holding the grant.
    const sponsors = new Set<MemberKey>();
    for (const id of body.sponsors) {
      const standing = standingCandidacy(state, id, "sponsor", body.chapter, candidate);
      if (standing === undefined) continue;
      consumed.push(id);
      counted.push(standing.authority);
      sponsors.add(standing.key);
    }
    if (sponsors.size < policy.sponsors) {
      return refuse("M6.4", `${sponsors.size} standing sponsors, the chapter requires ${policy.sponsors}`);
    }
    // M6.5: a countersign exactly when the policy requires one.
    if (policy.countersign !== (body.countersign !== null)) {
      return refuse(
        "M6.5",
        policy.countersign
          ? "the chapter requires a facilitator's countersign"
          : "the chapter takes no countersign",
      );
    }
    if (body.countersign !== null) {
      const standing = standingCandidacy(state, body.countersign, "countersign", body.chapter, candidate);
      if (standing === undefined) return refuse("M6.5", "the countersign does not stand");
      consumed.push(body.countersign);
      counted.push(standing.authority);
    }
  }
  for (const id of consumed) state.consumed.add(id);
  state.addGrant(record.id, candidate, body.chapter, false);
  return accept(null, counted, invite);
}

/**
 * For an accepted, unconsumed sponsor or countersign record for this chapter and candidate whose
 * authority still stands (M3.7, M6.6): that authority and the key now answering for it.
 */
function standingCandidacy(
  state: FoldState,
  id: RecordId,
  kind: "sponsor" | "countersign",
  chapter: string,
  candidate: MemberKey,
): { authority: Authority; key: MemberKey } | undefined {
  const entry = state.accepted.get(id);
  if (entry === undefined || entry.body.kind !== kind || entry.authority === null) return undefined;
  if (entry.body.chapter !== chapter || entry.body.candidate !== candidate || state.consumed.has(id))
    return undefined;
  if (!state.stands(entry.authority)) return undefined;
  const key = state.resolveGrant(entry.authority.grant)?.key;
  return key === undefined ? undefined : { authority: entry.authority, key };
}
