import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalize, type CanonicalValue } from "../records/canonical.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { DelegationOutcome } from "../delegation/resolve-delegations.js";
import { RULE_TYPES } from "../tally/tally-plan.js";
import { choiceOf } from "../tally/test-helpers/choices.js";
import { choiceReader } from "./choice-check.js";
import type { EligibleBallot } from "./judge-ballots.js";
import { tallyOf } from "./tally-of.js";
import type { BallotBody, OpenBody } from "./vote-bodies.js";
import type { WeightedMember } from "./vote-electorate.js";
import { voteTally } from "./vote-tally.js";

// voteTally recounts judged ballots by their places in the electorate, with the choices read when
// they were judged (issue 15): for any ballots, its result must be tallyOf's, byte for byte.
const RUNS = { numRuns: 150 };
const OPTIONS = ["a", "b", "c", "d"];
const member = (i: number) => `m${String(i).padStart(2, "0")}` as MemberKey;

const RULES: { readonly [type: string]: object } = { supermajority: { threshold: { num: 2, den: 3 } }, consent: { maxBlocks: 1 }, consensus: { maxStandAsides: 1 }, score: { maxScore: 3 } };

/** A vote: its open, its electorate (sorted by member, or not), judged ballots of some of its members (a few misplaced or doubled), and members carried by voters. */
const anyVote = fc.constantFrom(...RULE_TYPES).chain((type) => {
  const yesNo = ["majority", "supermajority", "consent", "consensus"].includes(type);
  return fc.record({
    type: fc.constant(type),
    options: fc.integer({ min: 2, max: OPTIONS.length }).map((n) => (yesNo ? [] : OPTIONS.slice(0, n))),
    quorum: fc.option(fc.integer({ min: 0, max: 4 }).map((num) => ({ num, den: 4 }))),
    weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 24 }),
    sorted: fc.boolean(),
    voters: fc.array(fc.tuple(fc.nat(), fc.nat(3)), { maxLength: 24 }),
    carried: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    seed: fc.nat(),
  });
});

function judged(record: { type: string; options: string[]; quorum: { num: number; den: number } | null; weights: number[]; sorted: boolean; voters: [number, number][]; carried: [number, number][]; seed: number }, choices: CanonicalValue[]) {
  const open = { rule: { type: record.type, ...(RULES[record.type] ?? {}) }, quorum: record.quorum, options: record.options } as unknown as OpenBody;
  const electorate: WeightedMember[] = record.weights.map((weight, i) => ({ member: member(i), weight }));
  if (!record.sorted) electorate.reverse();
  const read = choiceReader(open.rule, open.options);
  const places = new Map(electorate.map((entry, i) => [entry.member, i]));
  const ballots: EligibleBallot[] = record.voters.map(([who, how], i) => {
    const signer = member(who % record.weights.length);
    const choice = choices[i % choices.length]!;
    // how = 0: a ballot whose place is wrong (voteTally must notice); else its own place.
    const place = how === 0 ? (places.get(signer)! + 1) % electorate.length : places.get(signer)!;
    const envelope = { signer } as ParsedRecord["envelope"];
    return { record: { id: `b${i}` as RecordId, text: "", envelope }, body: { choice } as BallotBody, place, reading: read(choice) };
  });
  const terminals = new Map<MemberKey, MemberKey>();
  for (const [from, to] of record.carried) if (ballots.length > 0) terminals.set(member(from % record.weights.length), ballots[to % ballots.length]!.record.envelope.signer);
  const delegation = (): DelegationOutcome => ({ terminals }) as unknown as DelegationOutcome;
  return { open, electorate, ballots, delegation };
}

describe("voteTally", () => {
  it("[V5.9] [DG5] tallies judged ballots exactly as tallyOf does their signers and choices, with or without carried members", () => {
    const votes = anyVote.chain((record) => fc.tuple(fc.constant(record), fc.array(choiceOf(record.type, record.options), { minLength: 1, maxLength: 5 })));
    fc.assert(
      fc.property(votes, fc.boolean(), ([record, choices], delegated) => {
        const { open, electorate, ballots, delegation } = judged(record, choices);
        const expected = tallyOf(open, electorate, ballots.map(({ record: r, body }) => ({ member: r.envelope.signer, choice: body.choice })), delegated ? delegation : undefined);
        const actual = voteTally(open, electorate, delegated ? delegation : undefined)(ballots);
        expect(actual === undefined ? undefined : canonicalize(actual)).toBe(expected === undefined ? undefined : canonicalize(expected));
      }),
      RUNS,
    );
  });

  it("[V5.9] the ballots of every member in place, each once: counted by places, the same result", () => {
    const votes = anyVote.chain((record) => fc.tuple(fc.constant(record), fc.array(choiceOf(record.type, record.options), { minLength: 1, maxLength: 5 })));
    fc.assert(
      fc.property(votes, ([record, choices]) => {
        // Sorted, every ballot at its own place, one per member: nothing left for tallyOf to decide.
        const distinct = [...new Map(record.voters.map(([who]) => [who % record.weights.length, [who, 1] as [number, number]])).values()];
        const { open, electorate, ballots } = judged({ ...record, sorted: true, voters: distinct }, choices);
        const expected = tallyOf(open, electorate, ballots.map(({ record: r, body }) => ({ member: r.envelope.signer, choice: body.choice })));
        expect(expected).toBeDefined();
        expect(canonicalize(voteTally(open, electorate)(ballots)!)).toBe(canonicalize(expected!));
      }),
      RUNS,
    );
  });

  it("[T2] an electorate the tally refuses (empty) refuses every recount", () => {
    const open = { rule: { type: "majority" }, quorum: null, options: [] } as unknown as OpenBody;
    expect(voteTally(open, [])([])).toBeUndefined();
    expect(tallyOf(open, [], [])).toBeUndefined();
  });
});
