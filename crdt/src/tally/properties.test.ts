import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { RULE_TYPES, tally } from "./tally.js";
import { choiceOf, placesOf, written } from "./test-helpers/choices.js";
import type { Ballot, Choice, OptionId, Rule, RuleType, SchulzeTotals, TallyInput, WeightedVoter } from "./types.js";

const RUNS = { numRuns: 50 };
const MEMBERS = ["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7"];
const OUTSIDERS = ["x0", "x1"];
const ALL_OPTIONS = ["A", "B", "C", "D"] as OptionId[];

function permutation<T>(list: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
}

function ruleOf(type: RuleType, withQuorum: boolean): fc.Arbitrary<Rule> {
  const quorum = withQuorum ? fc.integer({ min: 0, max: 4 }).map((num) => ({ quorum: { num, den: 4 } })) : fc.constant({});
  const params: fc.Arbitrary<object> =
    type === "supermajority"
      ? fc.integer({ min: 1, max: 3 }).map((num) => ({ threshold: { num, den: 3 } }))
      : type === "consent"
        ? fc.integer({ min: 0, max: 2 }).map((maxBlocks) => ({ maxBlocks }))
        : type === "consensus"
          ? fc.integer({ min: 0, max: 2 }).map((maxStandAsides) => ({ maxStandAsides }))
          : type === "score"
            ? fc.constant({ maxScore: 3 })
            : fc.constant({});
  return fc.tuple(params, quorum).map(([p, q]) => ({ type, ...p, ...q }) as Rule);
}

/** A random, valid tally input over every rule. */
const anyInput = (withQuorum = true): fc.Arbitrary<TallyInput> =>
  fc.constantFrom(...RULE_TYPES).chain((type) => {
    const kind = ["majority", "supermajority", "consent", "consensus"].includes(type) ? "yes-no" : "options";
    return fc.integer({ min: 2, max: ALL_OPTIONS.length }).chain((n) => {
      const options = kind === "yes-no" ? [] : ALL_OPTIONS.slice(0, n);
      const electorate = fc.uniqueArray(fc.constantFrom(...MEMBERS), { minLength: 1, maxLength: MEMBERS.length }).chain((members) =>
        fc.tuple(...members.map((member) => fc.integer({ min: 1, max: 5 }).map((weight): WeightedVoter => ({ member: member as WeightedVoter["member"], weight })))),
      );
      const voters = fc.uniqueArray(fc.constantFrom(...MEMBERS, ...OUTSIDERS), { maxLength: MEMBERS.length + OUTSIDERS.length });
      const ballots = voters.chain((who) => fc.tuple(...who.map((member) => choiceOf(type, options).map((choice): Ballot => ({ member: member as Ballot["member"], choice })))));
      return fc.record({ rule: ruleOf(type, withQuorum), options: fc.constant(options), electorate, ballots });
    });
  });

describe("tally properties", () => {
  it("[T16] permuting the ballots, the electorate and the options gives the identical result", () => {
    const permuted = anyInput().chain((input) =>
      fc.tuple(fc.constant(input), permutation(input.ballots), permutation(input.electorate), permutation(input.options ?? [])),
    );
    fc.assert(
      fc.property(permuted, ([input, ballots, electorate, options]) => {
        const result = tally(input);
        const again = tally({ ...input, ballots, electorate, options });
        expect(again).toEqual(result);
        expect(canonicalize(again)).toBe(canonicalize(result));
      }),
      RUNS,
    );
  });

  it("[T2.2] repeating electorate entries, or adding entries of lower weight, changes nothing", () => {
    const duplicated = anyInput().chain((input) =>
      fc.tuple(fc.constant(input), fc.subarray([...input.electorate]), fc.subarray([...input.electorate]), permutation(input.electorate)),
    );
    fc.assert(
      fc.property(duplicated, ([input, repeated, lowered, order]) => {
        const extra = lowered.filter((entry) => entry.weight > 1).map((entry) => ({ ...entry, weight: entry.weight - 1 }));
        const again = tally({ ...input, electorate: [...order, ...repeated, ...extra] });
        expect(canonicalize(again)).toBe(canonicalize(tally(input)));
      }),
      RUNS,
    );
  });

  it("[T17] every result is canonical JSON (no floats) and has winners only when the quorum is met", () => {
    fc.assert(
      fc.property(anyInput(), (input) => {
        const result = tally(input);
        expect(() => canonicalize(result)).not.toThrow();
        if (!result.quorumMet) {
          expect(result.outcome).toBe("no-quorum");
          expect(result.winners).toEqual([]);
        }
        expect(result.turnout.weight).toBeLessThanOrEqual(result.turnout.electorateWeight);
      }),
      RUNS,
    );
  });

  it("[T2.1] a member of weight w decides as w members of weight 1 with the same choice (rules that count weight)", () => {
    const weightRules = anyInput(false).filter((input) => input.rule.type !== "consent" && input.rule.type !== "consensus");
    fc.assert(
      fc.property(weightRules, (input) => {
        const split = (member: string, weight: number): string[] => Array.from({ length: weight }, (_, i) => `${member}#${i}`);
        const weightOf = new Map(input.electorate.map((entry) => [entry.member as string, entry.weight]));
        const electorate = input.electorate.flatMap((entry) => split(entry.member, entry.weight).map((member) => ({ member, weight: 1 })));
        const ballots = input.ballots.flatMap((ballot) => split(ballot.member, weightOf.get(ballot.member) ?? 1).map((member) => ({ member, choice: ballot.choice })));
        const whole = tally(input);
        const parts = tally({ ...input, electorate, ballots } as unknown as TallyInput);
        expect([parts.outcome, parts.winners, parts.ranking]).toEqual([whole.outcome, whole.winners, whole.ranking]);
        expect(parts.turnout.weight).toBe(whole.turnout.weight);
      }),
      RUNS,
    );
  });

  it("[T15] an option that beats every other head to head is the only Schulze winner", () => {
    const schulzeInputs = anyInput(false).map((input) => ({ ...input, rule: { type: "schulze" as const }, options: ALL_OPTIONS }));
    fc.assert(
      fc.property(
        schulzeInputs.chain((input) => fc.tuple(fc.constant(input), fc.array(placesOf(ALL_OPTIONS, true), { minLength: input.electorate.length, maxLength: input.electorate.length }))),
        ([input, rankings]) => {
          const ballots = input.electorate.map((entry, i) => ({ member: entry.member, choice: written(rankings[i] ?? []) }));
          const result = tally({ ...input, ballots });
          const d = (result.totals as SchulzeTotals).pairwise;
          const condorcet = ALL_OPTIONS.find((x) => ALL_OPTIONS.every((y) => x === y || (d[x]?.[y] ?? 0) > (d[y]?.[x] ?? 0)));
          if (condorcet !== undefined) expect(result.winners).toEqual([condorcet]);
          expect(result.ranking.flat().sort()).toEqual(ALL_OPTIONS);
        },
      ),
      RUNS,
    );
  });
  /** Schulze inputs whose ballots are given as places, so a property can rewrite each ballot. */
  const rankedInputs = (type: "irv" | "schulze") =>
    anyInput(false)
      .map((input) => ({ ...input, rule: { type }, options: ALL_OPTIONS }))
      .chain((input) => fc.tuple(fc.constant(input), fc.array(placesOf(ALL_OPTIONS, type === "schulze"), { minLength: input.ballots.length, maxLength: input.ballots.length })));
  const withBallots = (input: TallyInput, choices: readonly Choice[]): TallyInput => ({ ...input, ballots: input.ballots.map((ballot, i) => ({ ...ballot, choice: choices[i] ?? [] })) });

  it("[T1.6] the order of the options inside a place never changes the Schulze result", () => {
    fc.assert(
      fc.property(
        rankedInputs("schulze").chain(([input, rankings]) => fc.tuple(fc.constant(input), fc.constant(rankings), fc.tuple(...rankings.map((places) => fc.tuple(...places.map((place) => permutation(place))))))),
        ([input, rankings, reordered]) => {
          const result = tally(withBallots(input, rankings.map(written)));
          expect(canonicalize(tally(withBallots(input, reordered.map(written))))).toBe(canonicalize(result));
        },
      ),
      RUNS,
    );
  });

  it("[T1.6] a place of one option means the same written as its id or as a list of one (irv and schulze)", () => {
    for (const type of ["irv", "schulze"] as const) {
      fc.assert(
        fc.property(rankedInputs(type), ([input, rankings]) => {
          const asIds = tally(withBallots(input, rankings.map(written)));
          expect(canonicalize(tally(withBallots(input, rankings)))).toBe(canonicalize(asIds));
        }),
        RUNS,
      );
    }
  });

  it("[T15.1] listing the options a ballot leaves out, together in a last place, never changes the Schulze result", () => {
    fc.assert(
      fc.property(rankedInputs("schulze"), ([input, rankings]) => {
        const completed = rankings.map((places) => {
          const rest = ALL_OPTIONS.filter((option) => !places.some((place) => place.includes(option)));
          return written(rest.length === 0 ? places : [...places, rest]);
        });
        expect(canonicalize(tally(withBallots(input, completed)))).toBe(canonicalize(tally(withBallots(input, rankings.map(written)))));
      }),
      RUNS,
    );
  });
});
