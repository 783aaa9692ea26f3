import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../records/record.js";
import { foldMembership, type MembershipFold } from "./fold-membership.js";
import { rosterToCanonical } from "./roster.js";
import { make } from "./test-helpers/records.js";
import { fakeSigner } from "./test-helpers/signers.js";
import { simulate, type Step } from "./test-helpers/simulation.js";

const RUNS = 30;
const steps = fc.array(fc.record({ device: fc.nat(2), action: fc.nat(19), a: fc.nat(7), b: fc.nat(7) }), {
  minLength: 8,
  maxLength: 30,
}) as fc.Arbitrary<Step[]>;

/** Everything the fold outputs, as one comparable text. */
const outcome = (fold: MembershipFold) =>
  JSON.stringify({
    roster: rosterToCanonical(fold.roster),
    accepted: fold.accepted.map((r) => r.id),
    rejections: fold.rejections,
  });

/** A seeded shuffle (mulberry32), so a failing case replays from fast-check's seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("determinism of the fold", () => {
  it("[M2.6] the simulated histories exercise admissions, removals, rotations, invites and cuts", async () => {
    // A fixed sample, so this guard against vacuous properties never flakes.
    const seen = { admits: 0, removes: 0, rotates: 0, invites: 0, cuts: 0 };
    for (const script of fc.sample(steps, { numRuns: RUNS, seed: 42 })) {
      const fold = foldMembership((await simulate(script)).all);
      for (const r of fold.accepted) {
        if (r.envelope.kind === "admit") seen.admits++;
        if (r.envelope.kind === "remove") seen.removes++;
        if (r.envelope.kind === "rotate") seen.rotates++;
        if (r.envelope.kind === "admit" && (r.envelope.body as { redeem: unknown }).redeem !== null)
          seen.invites++;
      }
      seen.cuts += fold.rejections.filter((r) => r.detail.startsWith("[M8.4]")).length;
    }
    expect(seen.admits).toBeGreaterThanOrEqual(10);
    expect(seen.removes).toBeGreaterThan(0);
    expect(seen.rotates).toBeGreaterThan(0);
    expect(seen.invites).toBeGreaterThan(0);
    expect(seen.cuts).toBeGreaterThan(0);
  });

  it("[M2.6] the same records in any order, with duplicates, give a byte-identical roster, accepted list and rejections", async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (script, seed) => {
        const { all } = await simulate(script);
        const reference = foldMembership(all);
        const noisy = shuffled([...all, ...all.filter((_, i) => i % 3 === 0)], seed);
        expect(outcome(foldMembership(noisy))).toBe(outcome(reference));
      }),
      { numRuns: RUNS },
    );
  });

  it("[M2.6] devices that worked apart and then merged compute byte-identical rosters", async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (script, seed) => {
        const { all, devices } = await simulate(script);
        // Each device receives the records it lacks in its own arbitrary order, some twice.
        const merged = devices.map((known, i) => [
          ...known,
          ...shuffled(all, seed + i),
          ...known.slice(0, 3),
        ]);
        const texts = merged.map((records) => outcome(foldMembership(records)));
        expect(new Set(texts).size).toBe(1);
        expect(texts[0]).toBe(outcome(foldMembership(all)));
      }),
      { numRuns: RUNS },
    );
  });

  it("[M2.2] a device holding only part of the records accepts none whose causal past it lacks", async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (script, seed) => {
        const { all } = await simulate(script);
        const part = shuffled(all, seed).slice(0, Math.ceil(all.length / 2));
        const held = new Set(part.map((r) => r.id));
        const fold = foldMembership(part);
        for (const record of fold.accepted)
          for (const dep of record.envelope.deps) expect(held.has(dep)).toBe(true);
        const rejected = new Map(fold.rejections.map((r) => [r.id, r.reason]));
        for (const record of part) {
          if (record.envelope.deps.some((dep) => !held.has(dep)))
            expect(rejected.get(record.id)).toBe("missing-deps");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("[M2.3] records that nobody cites and that lack authority change nothing", async () => {
    const outsider = fakeSigner("junk writer");
    await fc.assert(
      fc.asyncProperty(steps, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), async (script, picks) => {
        const { all, chapters } = await simulate(script);
        const junk: ParsedRecord[] = [];
        for (const [i, n] of picks.entries()) {
          const chapter = chapters[n % chapters.length]!;
          const cite = all[n % all.length]!;
          const deps = [...new Set([chapter, cite.id])].sort();
          const kinds = [
            () => make(outsider, "leave", { chapter }, deps, 5_000 + i),
            () =>
              make(
                outsider,
                "remove",
                { chapter, member: outsider.publicKey, decision: null },
                deps,
                5_000 + i,
              ),
            () => make(outsider, "sponsor", { chapter, candidate: outsider.publicKey }, deps, 5_000 + i),
            () =>
              make(
                outsider,
                "role",
                { chapter, member: outsider.publicKey, role: "facilitator", grant: false, decision: null },
                deps,
                5_000 + i,
              ),
          ];
          junk.push(await kinds[n % kinds.length]!());
        }
        const clean = foldMembership(all);
        const dirty = foldMembership([...all, ...junk]);
        expect(rosterToCanonical(dirty.roster)).toBe(rosterToCanonical(clean.roster));
        expect(dirty.accepted.map((r) => r.id)).toEqual(clean.accepted.map((r) => r.id));
        for (const record of junk)
          expect(dirty.rejections.find((r) => r.id === record.id)?.reason).toBe("unauthorised");
      }),
      { numRuns: RUNS },
    );
  });
});
