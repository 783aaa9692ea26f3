import { describe, expect, it } from "vitest";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { tally } from "@chapterhouse/crdt/tally";
import { ballotReadiness } from "./ballot-readiness.js";
import { choiceAsList, choiceAsPlaces, placesAsChoice } from "./choice-shape.js";
import { ash, birch, cedar, treeIds, trees } from "./test-helpers/voting-fixtures.js";

describe("the shape of a ranked choice", () => {
  it("[T1.6] a ranking without equal ranks is written as a flat list, the form every version reads", () => {
    expect(placesAsChoice([[cedar], [ash]])).toEqual([cedar, ash]);
    expect(placesAsChoice([])).toEqual([]);
  });

  it("[T1.6] a shared place is written as a list of its options, and read back as the same places", () => {
    const choice = placesAsChoice([[cedar], [ash, birch]]);
    expect(choice).toEqual([cedar, [ash, birch]]);
    expect(choiceAsPlaces(choice)).toEqual([[cedar], [ash, birch]]);
    expect(choiceAsPlaces([ash, [birch], [], "x"])).toEqual([[ash], [birch], ["x"]]);
  });

  it("[T1.6] the written ranking is one the tally accepts, ranking the shared options equally", () => {
    const choice = placesAsChoice([[cedar], [ash, birch]]);
    const member = "m" as MemberKey;
    const result = tally({ rule: { type: "schulze" }, options: treeIds, electorate: [{ member, weight: 1 }], ballots: [{ member, choice }] });
    expect(result.ranking).toEqual([[cedar], [ash, birch]]);
  });

  it("an approval list read from a ranking keeps only option ids", () => {
    expect(choiceAsList([ash, [birch, cedar]])).toEqual([ash]);
  });

  it("[T1.6] an instant-runoff draft that ranks options equally cannot be cast, and says why (irv-ties)", () => {
    const readiness = ballotReadiness({ type: "irv" }, trees, [ash, [birch, cedar]]);
    expect(readiness.ready).toBe(false);
    expect(readiness.note).toBe("irv-ties");
    expect(ballotReadiness({ type: "schulze" }, trees, [ash, [birch, cedar]])).toEqual({ ready: true, note: null });
  });
});
