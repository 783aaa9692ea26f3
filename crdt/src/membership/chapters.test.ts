import { describe, expect, it } from "vitest";
import { isMember, subtreeOf } from "./electorate.js";
import { admit, chapterOf, endorse, genesis, leave, make, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");
const carol = naclSigner("carol");
const dave = naclSigner("dave");

describe("the chapter tree", () => {
  it("[M4.2] a chapter without a parent must be international", async () => {
    const country = await genesis(alice, { level: "country" });
    expect(fold([country]).why(country)).toBe(
      "unauthorised [M4.2] a chapter without a parent must be international",
    );
  });

  it("[M4.3] a child's level is strictly below its parent's; skipping levels is allowed", async () => {
    const root = await foundRoot([alice]);
    const city = await genesis(alice, { parent: root.chapter, level: "city", deps: [root.genesis.id] });
    const sameLevel = await genesis(alice, {
      parent: root.chapter,
      level: "international",
      name: "Twin",
      deps: [root.genesis.id],
    });
    const neighbourhood = await genesis(alice, {
      parent: chapterOf(city),
      level: "neighbourhood",
      deps: [root.genesis.id],
    });
    const above = await genesis(alice, {
      parent: chapterOf(city),
      level: "country",
      name: "Upside down",
      deps: [root.genesis.id],
    });
    const result = fold([...root.records, city, sameLevel, neighbourhood, above]);
    expect(result.why(city)).toBeUndefined();
    expect(result.why(neighbourhood)).toBeUndefined();
    expect(result.why(sameLevel)).toBe(
      "unauthorised [M4.3] a international cannot be a child of a international",
    );
    expect(result.why(above)).toBe("unauthorised [M4.3] a country cannot be a child of a city");
    expect(subtreeOf(result.roster, root.chapter)).toEqual(
      [root.chapter, chapterOf(city), chapterOf(neighbourhood)].sort(),
    );
  });

  it("[M4.5] a child chapter's genesis is signed by a member of its parent", async () => {
    const root = await foundRoot([alice]);
    const byOutsider = await genesis(dave, {
      parent: root.chapter,
      level: "country",
      deps: [root.genesis.id],
    });
    const result = fold([...root.records, byOutsider]);
    expect(result.why(byOutsider)).toBe(
      "unauthorised [M4.5] the signer does not cite a live membership of the parent",
    );
  });

  it("[M4.4] the genesis signer must be a listed founder", async () => {
    const root = await genesis(alice, { founders: [bob.publicKey] });
    expect(fold([root]).why(root)).toBe("unauthorised [M4.4] the signer is not among the founders");
  });

  it("[M5.1] listed co-founders join by endorsing; others cannot, and nobody joins twice", async () => {
    const root = await genesis(alice, { founders: [alice.publicKey, bob.publicKey] });
    const chapter = chapterOf(root);
    const bobJoins = await endorse(bob, chapter);
    const carolTries = await endorse(carol, chapter);
    const aliceAgain = await endorse(alice, chapter);
    const result = fold([root, bobJoins, carolTries, aliceAgain]);
    expect(result.why(bobJoins)).toBeUndefined();
    expect(result.why(carolTries)).toBe("unauthorised [M5.1] the signer is not a founder of the chapter");
    expect(result.why(aliceAgain)).toBe("unauthorised [M5.2] this founder has already joined");
    expect([...result.roster.chapters.get(chapter)!.members.values()].map((m) => m.founder)).toEqual([
      true,
      true,
    ]);
  });

  it("[M5.2] a founder who left cannot rejoin by endorsing again", async () => {
    const root = await genesis(alice, { founders: [alice.publicKey, bob.publicKey] });
    const chapter = chapterOf(root);
    const bobJoins = await endorse(bob, chapter);
    const bobLeaves = await leave(bob, chapter, [bobJoins.id]);
    const bobAgain = await endorse(bob, chapter, [bobLeaves.id]);
    const result = fold([root, bobJoins, bobLeaves, bobAgain]);
    expect(result.why(bobLeaves)).toBeUndefined();
    expect(result.why(bobAgain)).toBe("unauthorised [M5.2] this founder has already joined");
  });

  it("[M5.3] a co-founder of a child chapter must be a member of the parent", async () => {
    const root = await foundRoot([alice]);
    const country = await genesis(alice, {
      parent: root.chapter,
      founders: [alice.publicKey, bob.publicKey],
      deps: [root.genesis.id],
    });
    const bobJoins = await endorse(bob, chapterOf(country));
    const result = fold([...root.records, country, bobJoins]);
    expect(result.why(bobJoins)).toBe(
      "unauthorised [M5.3] the founder does not cite a live membership of the parent",
    );
  });

  it("[M11.1] a member of a chapter is a member of every chapter above it", async () => {
    const root = await foundRoot([alice]);
    const country = await genesis(alice, { parent: root.chapter, level: "country", deps: [root.genesis.id] });
    const countryId = chapterOf(country);
    const byAlice = await sponsor(alice, countryId, carol.publicKey, [country.id]);
    const carolIn = await admit(carol, countryId, { sponsors: [byAlice.id] });
    // carol is now a member of the international root too, so she may sponsor there (M6.1).
    const carolSponsors = await sponsor(carol, root.chapter, dave.publicKey, [carolIn.id, root.genesis.id]);
    const result = fold([...root.records, country, byAlice, carolIn, carolSponsors]);
    expect(result.rejections).toEqual([]);
    expect(isMember(result.roster, countryId, carol.publicKey)).toBe(true);
    expect(isMember(result.roster, root.chapter, carol.publicKey)).toBe(true);
    expect(result.roster.chapters.get(root.chapter)!.members.has(carol.publicKey)).toBe(false);
  });

  it("[M1.4] a record for a chapter that is not an accepted chapter is refused", async () => {
    const bad = await genesis(alice, { level: "city" });
    const onBad = await sponsor(alice, chapterOf(bad), carol.publicKey, [bad.id]);
    const result = fold([bad, onBad]);
    expect(result.why(onBad)).toBe("unauthorised [M1.4] the chapter is not an accepted chapter");
  });

  it("[M4.1] a genesis with a malformed place or policy is malformed", async () => {
    const body = {
      name: "Nowhere",
      level: "international",
      parent: null,
      place: { lat: 91_000_000, lon: 0 },
      document: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu",
      admission: { sponsors: 1, countersign: false },
      founders: [alice.publicKey],
    };
    const farNorth = await make(alice, "genesis", body);
    const noPolicy = await make(alice, "genesis", { ...body, place: null, admission: { sponsors: 1 } });
    const result = fold([farNorth, noPolicy]);
    expect(result.why(farNorth)).toMatch(/^malformed \[M1\.2\] genesis body: place\.lat is not an integer/);
    expect(result.why(noPolicy)).toMatch(/^malformed \[M1\.2\] genesis body: admission must have exactly/);
  });
});
