/**
 * DG is a pure function of the set of records (DESIGN §1.4): the weights come out the same in any
 * arrival order of the delegation and decline records, and every member's weight is accounted for once.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import { currentDelegations, type DeclineEntry, type DelegateEntry } from "./current-delegations.js";
import type { DelegationScope } from "./delegation-bodies.js";
import { applicableScopes, delegationOf } from "./delegation-of.js";
import { resolveDelegations } from "./resolve-delegations.js";

const MEMBERS = ["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7"] as MemberKey[];
const SCOPES: DelegationScope[] = [
  { proposal: "P" as ProposalId },
  { chapter: "city" as ChapterId, subchapters: false },
  { chapter: "country" as ChapterId, subchapters: true },
];
const CONTEXT = { proposal: "P" as ProposalId, chapter: "city" as ChapterId, ancestors: ["country" as ChapterId], topic: null };

const delegate = fc.record({
  signer: fc.constantFrom(...MEMBERS),
  scope: fc.constantFrom(...SCOPES),
  to: fc.option(fc.constantFrom(...MEMBERS, "outsider" as MemberKey), { nil: null }),
  seq: fc.integer({ min: 1, max: 3 }),
  expires: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
  at: fc.integer({ min: 0, max: 100 }),
});

const scenario = fc
  .record({
    delegates: fc.array(delegate, { maxLength: 16 }),
    declines: fc.array(fc.record({ signer: fc.constantFrom(...MEMBERS), target: fc.nat() }), { maxLength: 4 }),
    voters: fc.subarray(MEMBERS),
    weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: MEMBERS.length, maxLength: MEMBERS.length }),
    depth: fc.integer({ min: 1, max: 4 }),
    cap: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  })
  .map((s) => {
    const delegates: DelegateEntry[] = s.delegates.map((d, i) => ({ ...d, id: `d${String(i).padStart(2, "0")}` as RecordId }));
    const declines: DeclineEntry[] =
      delegates.length === 0 ? [] : s.declines.map((d, i) => ({ id: `x${i}` as RecordId, signer: d.signer, delegation: delegates[d.target % delegates.length]!.id }));
    return { ...s, delegates, declines };
  });

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function outcomeOf(s: Scenario, delegates: readonly DelegateEntry[], declines: readonly DeclineEntry[]) {
  const electorate = MEMBERS.map((member, i) => ({ member, weight: s.weights[i]! }));
  const standing = currentDelegations(delegates, declines, (member) => MEMBERS.includes(member), 1000);
  const scopes = applicableScopes(CONTEXT);
  const outcome = resolveDelegations({ electorate, voters: new Set(s.voters), delegationOf: (m) => delegationOf(m, scopes, standing), depth: s.depth, cap: s.cap });
  return { members: outcome.members, totals: outcome.totals, concentration: outcome.concentration, verdicts: [...standing.verdicts].sort() };
}

describe("delegation properties", () => {
  it("[DG4] the weights are the same in any arrival order of the records", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, seed) => {
        const shuffled = <T>(list: readonly T[]) => fc.sample(fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length }), { seed, numRuns: 1 })[0]!;
        expect(outcomeOf(s, shuffled(s.delegates), shuffled(s.declines))).toEqual(outcomeOf(s, s.delegates, s.declines));
      }),
      { numRuns: 60 },
    );
  });

  it("[DG4.6] every member's weight is counted once: direct, carried, lost or absent, and nothing carried is split", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { totals, concentration } = outcomeOf(s, s.delegates, s.declines);
        const lost = Object.values(totals.lost).reduce((sum, count) => sum + count.weight, 0);
        expect(totals.direct.weight + totals.carried.weight + totals.absent.weight + lost).toBe(s.weights.reduce((a, b) => a + b, 0));
        expect(concentration.carried).toBe(totals.carried.weight);
        expect(totals.direct.members).toBe(s.voters.length);
      }),
      { numRuns: 60 },
    );
  });
});
