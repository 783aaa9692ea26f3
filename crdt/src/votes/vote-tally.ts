/**
 * One vote's tally (PROTOCOL.md V5.9, T17) prepared once for all its recounts — each valid close's
 * counted ballots, the report's recomputed result — over ballots as `judgeBallots` judged them:
 * the rule, the options and the electorate are read once, and each ballot brings its signer's
 * place in the electorate and its choice as the rule read it, so a recount neither looks a member
 * up nor reads a choice again. The result is `tallyOf`'s for the same ballots, byte for byte.
 */
import type { MemberKey } from "../records/ids.js";
import { compareIds } from "../tally/compare-ids.js";
import type { CountedBallot } from "../tally/rule-definition.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import { planTally, type TallyPlan } from "../tally/tally-plan.js";
import type { TallyResult } from "../tally/types.js";
import type { DelegationOutcome } from "../delegation/resolve-delegations.js";
import type { EligibleBallot } from "./judge-ballots.js";
import { tallyRule } from "./judge-opens.js";
import { tallyOf } from "./tally-of.js";
import type { OpenBody } from "./vote-bodies.js";
import type { WeightedMember } from "./vote-electorate.js";

/** Tallies sets of one vote's judged ballots. */
export type VoteTally = (ballots: readonly EligibleBallot[]) => TallyResult | undefined;

/**
 * The tally of the vote `open` with `electorate` (V3.3), for ballots judged with `places` from
 * that electorate's order and choices read by `choiceReader(open.rule, open.options)`: for any
 * such ballots, what `tallyOf(open, electorate, their signers and choices, delegation)` gives.
 * A ballot whose place does not hold its signer, two of one member, or a carried member (DG5)
 * outside the electorate or with a ballot of its own: that set is tallied by `tallyOf`.
 * @throws whatever the tally throws that is not a TallyInputError (a bug).
 */
export function voteTally(open: OpenBody, electorate: readonly WeightedMember[], delegation?: (voters: ReadonlySet<MemberKey>) => DelegationOutcome | undefined): VoteTally {
  let plan: TallyPlan | undefined;
  try {
    plan = planTally({ rule: tallyRule(open), options: open.options, electorate });
  } catch (error) {
    if (!(error instanceof TallyInputError)) throw error;
    // The tally refuses its rule, options or electorate whatever the ballots (T1, T2).
    return () => undefined;
  }
  const byTally: VoteTally = (ballots) =>
    tallyOf(
      open,
      electorate,
      ballots.map(({ record, body }) => ({ member: record.envelope.signer, choice: body.choice })),
      delegation,
    );
  // Places stand for members only in an electorate listing each once, sorted (T2, T3.1).
  if (!strictlyAscending(electorate)) return byTally;
  const counter = plan;
  let placeOf: Map<MemberKey, number> | undefined;
  return (ballots) => {
    // At each place of the electorate, the ballot whose choice counts there.
    const at = new Array<EligibleBallot | undefined>(electorate.length);
    for (const ballot of ballots) {
      const place = ballot.place;
      if (electorate[place]?.member !== ballot.record.envelope.signer || at[place] !== undefined) return byTally(ballots);
      at[place] = ballot;
    }
    // DG5: each member a voter carries adds a ballot with its terminal voter's choice.
    const carried = delegation?.(new Set(ballots.map((ballot) => ballot.record.envelope.signer)))?.terminals;
    if (carried !== undefined && carried.size > 0) {
      placeOf ??= new Map(electorate.map((entry, i) => [entry.member, i]));
      const byVoter = new Map(ballots.map((ballot) => [ballot.record.envelope.signer, ballot]));
      for (const [member, terminal] of carried) {
        const place = placeOf.get(member);
        const ballot = byVoter.get(terminal);
        if (place === undefined || at[place] !== undefined || ballot === undefined) return byTally(ballots);
        at[place] = ballot;
      }
    }
    const counted: CountedBallot<unknown>[] = [];
    for (let place = 0; place < electorate.length; place++) {
      const ballot = at[place];
      if (ballot === undefined) continue;
      const { member, weight } = electorate[place]!;
      counted.push({ member, weight, choice: ballot.reading });
    }
    return counter.count(counted, []);
  };
}

/** True if each member comes after the one before it (T3.1's order): none is listed twice. */
function strictlyAscending(electorate: readonly WeightedMember[]): boolean {
  for (let i = 1; i < electorate.length; i++) if (compareIds(electorate[i - 1]!.member, electorate[i]!.member) >= 0) return false;
  return true;
}
