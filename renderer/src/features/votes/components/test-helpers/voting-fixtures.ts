/** Options, electorates and real tally results for the voting component tests. */
import type { MemberKey } from "@chapterhouse/crdt/records";
import { tally, type Choice, type OptionId, type Rule, type TallyResult } from "@chapterhouse/crdt/tally";
import type { BallotOption } from "../ballot-option.js";

export const ash = "ash" as OptionId;
export const birch = "birch" as OptionId;
export const cedar = "cedar" as OptionId;

/** Three options whose labels differ from their ids, so a test sees which one a display used. */
export const trees: readonly BallotOption[] = [
  { id: ash, label: "Ash" },
  { id: birch, label: "Birch" },
  { id: cedar, label: "Cedar" },
];

export const alice = "alice-key" as MemberKey;
export const bob = "bob-key" as MemberKey;
export const carol = "carol-key" as MemberKey;
export const dave = "dave-key" as MemberKey;
export const erin = "erin-key" as MemberKey;

/** Tallies ballots with the core; each voter is [member, weight, choice], choice null for no ballot. */
export function tallyOf(rule: Rule, voters: readonly (readonly [MemberKey, number, Choice | null])[], options?: readonly OptionId[]): TallyResult {
  return tally({
    rule,
    ...(options === undefined ? {} : { options }),
    electorate: voters.map(([member, weight]) => ({ member, weight })),
    ballots: voters.flatMap(([member, , choice]) => (choice === null ? [] : [{ member, choice }])),
  });
}

export const treeIds: readonly OptionId[] = trees.map((option) => option.id);
