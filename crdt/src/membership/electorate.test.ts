import { describe, expect, it } from "vitest";
import { electorate } from "./electorate.js";
import { admit, chapterOf, genesis, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const carol = naclSigner("carol");

describe("the electorate", () => {
  it("[M11.3] counts a member of two sub-chapters once, with both chapters", async () => {
    const root = await foundRoot([alice]);
    const city = await genesis(alice, {
      parent: root.chapter,
      level: "city",
      name: "City",
      deps: [root.genesis.id],
    });
    const cityId = chapterOf(city);
    const north = await genesis(alice, {
      parent: cityId,
      level: "neighbourhood",
      name: "North",
      deps: [city.id],
    });
    const south = await genesis(alice, {
      parent: cityId,
      level: "neighbourhood",
      name: "South",
      deps: [city.id],
    });
    const inNorth = await sponsor(alice, chapterOf(north), carol.publicKey, [north.id]);
    const inSouth = await sponsor(alice, chapterOf(south), carol.publicKey, [south.id]);
    const carolNorth = await admit(carol, chapterOf(north), { sponsors: [inNorth.id] });
    const carolSouth = await admit(carol, chapterOf(south), { sponsors: [inSouth.id] });
    const result = fold([...root.records, city, north, south, inNorth, inSouth, carolNorth, carolSouth]);
    expect(result.rejections).toEqual([]);

    const cityVoters = electorate(result.roster, cityId);
    expect(cityVoters.map((v) => v.key)).toEqual([alice.publicKey, carol.publicKey].sort());
    expect(cityVoters.find((v) => v.key === carol.publicKey)!.chapters).toEqual(
      [chapterOf(north), chapterOf(south)].sort(),
    );
    // alice founded all four chapters: one entry, four chapters.
    expect(
      electorate(result.roster, root.chapter).find((v) => v.key === alice.publicKey)!.chapters,
    ).toHaveLength(4);
    expect(electorate(result.roster, chapterOf(north)).map((v) => v.key)).toEqual(
      [alice.publicKey, carol.publicKey].sort(),
    );
  });
});
