import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChapterId, RecordId } from "../records/ids.js";
import { depsWithFrontier } from "./authority-deps.js";
import { foldMembership, type MembershipFold } from "./fold-membership.js";
import { isFoldSummary, summariseFold } from "./fold-summary.js";
import { simulate, type Step } from "./test-helpers/simulation.js";

const RUNS = 30;
const steps = fc.array(fc.record({ device: fc.nat(2), action: fc.nat(19), a: fc.nat(7), b: fc.nat(7) }), {
  minLength: 8,
  maxLength: 30,
}) as fc.Arbitrary<Step[]>;

/** The heads of every accepted record, as an open's roster reference takes them (V2). */
function headsOf(fold: MembershipFold): RecordId[] {
  const cited = new Set<string>();
  for (const record of fold.accepted) for (const dep of record.envelope.deps) cited.add(dep);
  return [...new Set(fold.accepted.map((record) => record.id).filter((id) => !cited.has(id)))].sort();
}

describe("a fold's summary (what a screen holds of it)", () => {
  it("[M3] [M8.4] gives the same deps as the whole fold for every chapter and any required ids; the same heads; the invites' signers", async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.nat(5), async (script, pick) => {
        const fold = foldMembership((await simulate(script)).all);
        const summary = summariseFold(fold, 1000);
        expect(isFoldSummary(summary)).toBe(true);
        expect(isFoldSummary(fold)).toBe(false);
        expect(summary.roster).toBe(fold.roster);
        expect(summary.rejections).toBe(fold.rejections);
        const ids = fold.accepted.map((record) => record.id);
        const chapters = [...fold.roster.chapters.keys(), "no-such-chapter" as ChapterId];
        for (const chapter of chapters) {
          // Required ids: none, some of the fold's (which may be in the frontier), one unknown.
          for (const required of [[], ids.slice(pick, pick + 3), [ids[pick % Math.max(1, ids.length)] ?? "x", "unknown-id"]] as RecordId[][])
            expect(depsWithFrontier(summary, chapter, required)).toEqual(depsWithFrontier(fold, chapter, required));
        }
        expect(summary.heads).toEqual(headsOf(fold));
        expect(summary.headCount).toBe(headsOf(fold).length);
        const invites = fold.accepted.filter((record) => record.envelope.kind === "invite");
        expect([...summary.inviteSigners]).toEqual(invites.map((record) => [record.id, record.envelope.signer]));
      }),
      { numRuns: RUNS },
    );
  });

  it("[R7] keeps at most MAX_DEPS ids of a chapter's frontier, and past the head limit only counts the heads", async () => {
    const fold = foldMembership((await simulate(fc.sample(steps, { numRuns: 1, seed: 7 })[0]!)).all);
    const heads = headsOf(fold);
    expect(heads.length).toBeGreaterThan(1);
    const summary = summariseFold(fold, 0);
    expect(summary.heads).toEqual(heads.slice(0, 1));
    expect(summary.headCount).toBe(heads.length);
    for (const frontier of summary.frontiers.values()) expect(frontier.length).toBeLessThanOrEqual(64);
  });
});
