import { describe, expect, it } from "vitest";
import { foldMembership } from "../membership/fold-membership.js";
import { rosterToCanonical } from "../membership/roster.js";
import { admit, chapterOf, genesis, sponsor } from "../membership/test-helpers/records.js";
import { foundRoot } from "../membership/test-helpers/scenario.js";
import { naclSigner } from "../membership/test-helpers/signers.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { CausalRosters } from "./causal-rosters.js";

const alice = naclSigner("alice");
const carol = naclSigner("carol");

describe("the roster of a causal past", () => {
  it("[P1.3] folds exactly the membership records reachable from the ids, whether that is all of them or some", async () => {
    const root = await foundRoot([alice]);
    const north = await genesis(alice, { parent: root.chapter, level: "city", name: "North", deps: [root.genesis.id] });
    const inNorth = await sponsor(alice, chapterOf(north), carol.publicKey, [north.id]);
    const carolNorth = await admit(carol, chapterOf(north), { sponsors: [inNorth.id] });
    const records = [...root.records, north, inNorth, carolNorth];
    const held = new Map<RecordId, ParsedRecord>(records.map((record) => [record.id, record]));
    const rosters = new CausalRosters(held);

    const all = rosters.foldAll();
    expect(all.rejections).toEqual([]);
    // The admit reaches every record: the same fold as all of them, and the same as folding them anew.
    const everything = rosters.rosterAt([carolNorth.id, root.facilitator.id]);
    expect(everything.fold).toBe(all);
    expect(rosterToCanonical(everything.fold.roster)).toBe(rosterToCanonical(foldMembership(records).roster));
    // The genesis of North reaches only the root's genesis and itself: carol is in no chapter of it.
    const before = rosters.rosterAt([north.id]);
    expect(before.fold).not.toBe(all);
    expect(before.fold.accepted.map((record) => record.id).sort()).toEqual([root.genesis.id, north.id].sort());
    expect(rosterToCanonical(before.fold.roster)).toBe(rosterToCanonical(foldMembership([root.genesis, north]).roster));
    expect(rosterToCanonical(before.fold.roster)).not.toContain(carol.publicKey);
    // Asked again, in any order, the same answers.
    expect(rosters.rosterAt([root.facilitator.id, carolNorth.id]).fold).toBe(all);
    expect(rosters.rosterAt([north.id]).fold).toBe(before.fold);
  });
});
