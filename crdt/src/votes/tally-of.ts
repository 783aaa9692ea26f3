/**
 * The tally of some ballots of a vote (PROTOCOL.md V5.9): the open's rule with its quorum (V2.3),
 * its options, its weighted electorate (V3.3) and each ballot's signer and choice. The one place a
 * vote's ballots are tallied: the report's sealed-result check and recount, the close a device
 * plans to sign, and the superseding close it plans (V5.7).
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { MemberKey } from "../records/ids.js";
import { tally } from "../tally/tally.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import type { Choice, OptionId, TallyResult } from "../tally/types.js";
import { tallyRule } from "./judge-opens.js";
import type { OpenBody } from "./vote-bodies.js";
import type { WeightedMember } from "./vote-electorate.js";
import type { DelegationOutcome } from "../delegation/resolve-delegations.js";

/** A ballot as the tally reads it: its signer and its choice, exactly as signed. */
export interface CountedBallot {
  readonly member: MemberKey;
  readonly choice: CanonicalValue;
}

/**
 * The tally (T17) of `ballots` under the open, or undefined when the tally refuses its input (a
 * choice no reader of the rule accepts, T18.2). With `delegation` (the vote's DG4 over a set of
 * voters), each member it carries adds a ballot with its terminal voter's choice (DG5). Never
 * throws on content.
 * @throws whatever the tally throws that is not a TallyInputError (a bug).
 */
export function tallyOf(
  open: OpenBody,
  electorate: readonly WeightedMember[],
  ballots: readonly CountedBallot[],
  delegation?: (voters: ReadonlySet<MemberKey>) => DelegationOutcome | undefined,
): TallyResult | undefined {
  const outcome = delegation?.(new Set(ballots.map((ballot) => ballot.member)));
  const choices = new Map(ballots.map((ballot) => [ballot.member, ballot.choice]));
  const carried = outcome === undefined ? [] : [...outcome.terminals].map(([member, terminal]) => ({ member, choice: choices.get(terminal)! }));
  try {
    return tally({
      rule: tallyRule(open),
      options: open.options as readonly OptionId[],
      electorate,
      ballots: inElectorateOrder([...ballots, ...carried], electorate),
    });
  } catch (error) {
    if (error instanceof TallyInputError) return undefined;
    throw error;
  }
}

/**
 * The tally's ballots, in the electorate's order when each member has one ballot and is in the
 * electorate: the electorate is sorted by member (V3.3), so the tally, which reads ballots in
 * member order (T3.1), need not sort them again. Otherwise as given: the tally sorts them, or
 * refuses two ballots of one member. The result is the same either way (T16).
 */
function inElectorateOrder(ballots: readonly CountedBallot[], electorate: readonly WeightedMember[]): { member: MemberKey; choice: Choice }[] {
  const choices = new Map<MemberKey, CanonicalValue>();
  for (const { member, choice } of ballots) choices.set(member, choice);
  const ordered: { member: MemberKey; choice: Choice }[] = [];
  if (choices.size === ballots.length) {
    for (const { member } of electorate) {
      const choice = choices.get(member);
      if (choice === undefined) continue;
      choices.delete(member);
      ordered.push({ member, choice: choice as Choice });
    }
  }
  if (ordered.length === ballots.length) return ordered;
  return ballots.map(({ member, choice }) => ({ member, choice: choice as Choice }));
}
