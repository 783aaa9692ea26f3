/**
 * Derived states (PROTOCOL.md P6.2, P7): an amendment's state and a proposal's stage are never
 * stored; every device derives them from the valid records it holds.
 */
import type { RecordId } from "../records/ids.js";
import type { ProposalState } from "./judge-proposal.js";

/** An amendment's state (P6.2), by precedence: accepted, rejected, put-to-vote, proposed. */
export type AmendmentState = "accepted" | "rejected" | "put-to-vote" | "proposed";

/** The stages (P7) in the order a proposal goes through them. */
export const STAGES = Object.freeze(["draft", "deliberation", "voting", "closed", "recorded"] as const);
/** A proposal's stage (P7). */
export type ProposalStage = (typeof STAGES)[number];

/** The position of a stage in STAGES: a later stage is further (P8 shows the furthest hint). Never throws. */
export function stageRank(stage: ProposalStage): number {
  return STAGES.indexOf(stage);
}

/**
 * The state of every valid amendment of a proposal (P6.2): `accepted` if a valid version lists it
 * in `accepts`; else `rejected` if a valid `amendment-reject` names it; else `put-to-vote` if a
 * valid open names it (`amendmentsVotedOn`); else `proposed`. Sorted by amendment id. Never throws.
 */
export function amendmentStates(
  state: ProposalState,
  amendmentsVotedOn: ReadonlySet<RecordId> = new Set(),
): { readonly id: RecordId; readonly state: AmendmentState }[] {
  const accepted = new Set<RecordId>();
  for (const version of state.versions.values()) for (const id of version.body.accepts) accepted.add(id);
  const rejected = new Set<RecordId>([...state.rejects.values()].map((reject) => reject.body.amendment));
  return [...state.amendments.keys()].sort().map((id) => ({
    id,
    state: accepted.has(id) ? "accepted" : rejected.has(id) ? "rejected" : amendmentsVotedOn.has(id) ? "put-to-vote" : "proposed",
  }));
}

/** What the stage depends on, from the vote rules (V). */
export interface StageFacts {
  /** A valid open of the proposal that no valid open supersedes exists (current or contested). */
  readonly open: boolean;
  /** The current open has a current close (V5.8). */
  readonly closed: boolean;
  /** A valid decision records that close (V7). */
  readonly recorded: boolean;
}

/**
 * The stage (P7): `draft` without a valid version; `deliberation` with one and no open vote;
 * `voting` while an open vote has no current close; `closed` once it has; `recorded` once a valid
 * decision records it. Never throws.
 */
export function proposalStage(state: ProposalState, facts: StageFacts): ProposalStage {
  if (state.versions.size === 0) return "draft";
  if (!facts.open) return "deliberation";
  if (facts.recorded) return "recorded";
  return facts.closed ? "closed" : "voting";
}
