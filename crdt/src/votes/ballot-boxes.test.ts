import { describe, expect, it } from "vitest";
import type { ChapterId, DocumentUrl, MemberKey } from "../records/ids.js";
import { rosterOf } from "../membership/test-helpers/roster-of.js";
import { BALLOTS_PER_BOX, boxFor, electoratePlan, lowestChapterOf, planFits } from "./ballot-boxes.js";
import { shardOf } from "./counted-hash.js";
import type { BoxEntry } from "./vote-bodies.js";

/** A 32-byte key (R2) of one letter. */
const key = (letter: string) => (letter.repeat(42) + "A") as MemberKey;
const [alice, bob, carol, dave] = [key("a"), key("b"), key("c"), key("d")] as const;
const roster = rosterOf([
  { id: "root", parent: null, members: [alice] },
  { id: "city", parent: "root", members: [bob] },
  { id: "hood", parent: "city", members: [bob, carol] },
  { id: "other", parent: "city", members: [dave] },
]);
const box = (chapter: string, shard: number): BoxEntry => ({ chapter: chapter as ChapterId, shard, document: `automerge:${chapter}${shard}` as DocumentUrl });
const open = (shards: number, list: BoxEntry[]) => ({ boxes: { shards, list } });

describe("where a vote's ballots go", () => {
  it("[V4.6] a member writes to the box of their lowest chapter with boxes in the open, in the shard of their key", () => {
    const list = [box("city", 0), box("city", 1), box("hood", 0), box("hood", 1)];
    expect(boxFor(open(2, list), roster, bob)).toEqual(box("hood", shardOf(bob, 2)));
    expect(boxFor(open(2, list), roster, carol)).toEqual(box("hood", shardOf(carol, 2)));
    // Without a box for the hood, bob's lowest boxed chapter is the city.
    expect(boxFor(open(2, [box("city", 0), box("city", 1)]), roster, bob)).toEqual(box("city", shardOf(bob, 2)));
  });

  it("[V4.6] without the shard of their key, the member's chapter's first box; in no boxed chapter, the open's first box", () => {
    const shard = shardOf(bob, 2);
    expect(boxFor(open(2, [box("city", 0), box("hood", 1 - shard)]), roster, bob)).toEqual(box("hood", 1 - shard));
    expect(boxFor(open(1, [box("hood", 0), box("other", 0)]), roster, alice)).toEqual(box("hood", 0));
    expect(boxFor(open(1, []), roster, alice)).toBeUndefined();
  });

  it("[V2.5] the lowest of a member's chapters is the deepest, ties by the smaller id", () => {
    const ids = (...list: string[]) => list as ChapterId[];
    expect(lowestChapterOf(roster, ids("root", "hood", "city"))).toBe("hood");
    expect(lowestChapterOf(roster, ids("other", "hood"))).toBe("hood");
    expect(lowestChapterOf(roster, ids())).toBeUndefined();
  });

  it("[V2.5] [V3.3] a new open's plan: its weighted electorate, a box chapter per member's lowest chapter, shards for about 2,000 ballots a box", () => {
    const plan = electoratePlan(roster, "city" as ChapterId, [{ chapter: "hood" as ChapterId, weight: 3 }]);
    expect(plan.entries).toEqual([
      { member: bob, weight: 3 },
      { member: carol, weight: 3 },
      { member: dave, weight: 1 },
    ]);
    expect([plan.members, plan.weight, plan.shards]).toEqual([3, 7, 1]);
    expect(plan.boxChapters).toEqual([
      { chapter: "hood", members: 2 },
      { chapter: "other", members: 1 },
    ]);
    expect(planFits(plan)).toBe(true);

    const crowd = Array.from({ length: BALLOTS_PER_BOX + 1 }, (_, i) => `member ${i}`);
    const big = electoratePlan(rosterOf([{ id: "root", parent: null, members: crowd }]), "root" as ChapterId, []);
    expect([big.boxChapters.length, big.shards]).toEqual([1, 2]);
  });

  it("[V2.5] a plan needing more than 1,024 boxes does not fit one open", () => {
    const hoods = Array.from({ length: 1025 }, (_, i) => ({ id: `hood ${i}`, parent: "root", members: [`member ${i}`] }));
    const plan = electoratePlan(rosterOf([{ id: "root", parent: null, members: [] }, ...hoods]), "root" as ChapterId, []);
    expect([plan.boxChapters.length, planFits(plan)]).toEqual([1025, false]);
  });
});
