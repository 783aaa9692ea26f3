import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import type { MemberKey } from "../records/ids.js";
import { tally } from "../tally/tally.js";
import type { Choice, OptionId } from "../tally/types.js";
import { tallyOf, type CountedBallot } from "./tally-of.js";
import type { OpenBody } from "./vote-bodies.js";
import type { WeightedMember } from "./vote-electorate.js";

// tallyOf hands the tally its ballots in the electorate's member order when it can, so the tally
// need not sort them (issue 15): the result must be the tally's own, whatever the order given.
const open = { rule: { type: "schulze" }, quorum: null, options: ["a", "b", "c"] } as unknown as OpenBody;
const member = (i: number) => `m${String(i).padStart(3, "0")}` as MemberKey;
const electorate: WeightedMember[] = Array.from({ length: 40 }, (_, i) => ({ member: member(i), weight: 1 + (i % 3) }));
const rankings: Choice[] = [["a", "b", "c"], ["b", ["a", "c"]], ["c"], [["a", "b"], "c"]];
const ballots: CountedBallot[] = Array.from({ length: 30 }, (_, i) => ({ member: member((i * 7) % 40), choice: rankings[i % rankings.length]! }));
const direct = (list: readonly CountedBallot[]) =>
  canonicalize(tally({ rule: { type: "schulze" }, options: ["a", "b", "c"] as OptionId[], electorate, ballots: list.map(({ member, choice }) => ({ member, choice: choice as Choice })) }));

describe("tallyOf", () => {
  it("[T16] gives the tally's own result for ballots in any order", () => {
    const expected = direct(ballots);
    const sorted = [...ballots].sort((x, y) => (x.member < y.member ? -1 : 1));
    for (const list of [ballots, sorted, [...sorted].reverse()]) expect(canonicalize(tallyOf(open, electorate, list)!)).toBe(expected);
  });

  it("[T2] a ballot of a member outside the electorate is set aside, as the tally does", () => {
    const outsider = [...ballots, { member: "zz-outsider" as MemberKey, choice: rankings[0]! }];
    const result = tallyOf(open, electorate, outsider)!;
    expect(canonicalize(result)).toBe(direct(outsider));
    expect(result.ignored).toEqual([{ member: "zz-outsider", reason: "not-in-electorate" }]);
  });

  it("[T3.1] two ballots of one member are still refused (undefined)", () => {
    expect(tallyOf(open, electorate, [...ballots, { member: ballots[0]!.member, choice: rankings[2]! }])).toBeUndefined();
  });
});
