import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import type { RecordId } from "../records/ids.js";
import { holdsRole } from "./electorate.js";
import {
  admit,
  countersign,
  genesis,
  chapterOf,
  leave,
  remove,
  role,
  sponsor,
} from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");
const carol = naclSigner("carol");
const dave = naclSigner("dave");
const decision = hashText("a decision of the chapter") as RecordId;

describe("roles", () => {
  it("[M9.2] a founder grants roles without a decision", async () => {
    const root = await foundRoot([alice, bob]);
    const treasurer = await role(alice, root.chapter, bob.publicKey, {
      role: "treasurer",
      deps: [root.grants[1]!.id],
    });
    const result = fold([...root.records, treasurer]);
    expect(result.rejections).toEqual([]);
    expect(holdsRole(result.roster, root.chapter, alice.publicKey, "facilitator")).toBe(true);
    expect(holdsRole(result.roster, root.chapter, bob.publicKey, "treasurer")).toBe(true);
  });

  it("[M9.2] a facilitator who is not a founder grants roles only citing a decision", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id]);
    const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
    const bobFacilitates = await role(alice, root.chapter, bob.publicKey, { deps: [bobIn.id] });
    const byAliceForCarol = await sponsor(alice, root.chapter, carol.publicKey, [root.genesis.id]);
    const carolIn = await admit(carol, root.chapter, { sponsors: [byAliceForCarol.id] });
    const common = [bobIn.id, bobFacilitates.id, carolIn.id];
    const bare = await role(bob, root.chapter, carol.publicKey, { role: "moderator", deps: common });
    const decided = await role(bob, root.chapter, carol.publicKey, {
      role: "treasurer",
      decision,
      deps: common,
    });
    const records = [
      ...root.records,
      byAlice,
      bobIn,
      bobFacilitates,
      byAliceForCarol,
      carolIn,
      bare,
      decided,
    ];
    const result = fold(records, { heldElsewhere: new Set([decision]) });
    expect(result.why(bare)).toBe(
      "unauthorised [M9.2] a facilitator grants or revokes roles only citing a decision",
    );
    expect(result.why(decided)).toBeUndefined();
    expect(holdsRole(result.roster, root.chapter, carol.publicKey, "treasurer")).toBe(true);
  });

  it("[M9.2] a member who is neither founder nor facilitator cannot grant roles", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id]);
    const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
    const selfMade = await role(bob, root.chapter, bob.publicKey, { decision, deps: [bobIn.id] });
    const result = fold([...root.records, byAlice, bobIn, selfMade], { heldElsewhere: new Set([decision]) });
    expect(result.why(selfMade)).toMatch(/^unauthorised \[M9\.2\] the signer cites neither/);
  });

  it("[M9.3] a role goes only to a member, once", async () => {
    const root = await foundRoot([alice, bob]);
    const toOutsider = await role(alice, root.chapter, carol.publicKey, { deps: [root.genesis.id] });
    const twice = await role(alice, root.chapter, alice.publicKey, {
      deps: [root.genesis.id, root.facilitator.id],
    });
    const result = fold([...root.records, toOutsider, twice]);
    expect(result.why(toOutsider)).toMatch(
      /^unauthorised \[M9\.3\] the role record does not cite a live membership/,
    );
    expect(result.why(twice)).toBe("unauthorised [M9.3] the member already holds this role here");
  });

  it("[M9.4] a revoked facilitator can no longer countersign", async () => {
    const root = await foundRoot([alice, bob], { countersign: true });
    const bobFacilitates = await role(alice, root.chapter, bob.publicKey, { deps: [root.grants[1]!.id] });
    const revoked = await role(alice, root.chapter, bob.publicKey, {
      grant: false,
      deps: [bobFacilitates.id],
    });
    const late = await countersign(bob, root.chapter, carol.publicKey, [
      root.grants[1]!.id,
      bobFacilitates.id,
      revoked.id,
    ]);
    const result = fold([...root.records, bobFacilitates, revoked, late]);
    expect(result.why(revoked)).toBeUndefined();
    expect(holdsRole(result.roster, root.chapter, bob.publicKey, "facilitator")).toBe(false);
    expect(result.why(late)).toMatch(/^unauthorised \[M6\.2\]/);
  });

  it("[M9.4] a facilitator's act concurrent with the revocation of the role is cut", async () => {
    const root = await foundRoot([alice, bob], { countersign: true });
    const bobFacilitates = await role(alice, root.chapter, bob.publicKey, { deps: [root.grants[1]!.id] });
    const revoked = await role(alice, root.chapter, bob.publicKey, {
      grant: false,
      deps: [bobFacilitates.id],
    });
    const concurrent = await countersign(bob, root.chapter, carol.publicKey, [
      root.grants[1]!.id,
      bobFacilitates.id,
    ]);
    const result = fold([...root.records, bobFacilitates, revoked, concurrent]);
    expect(result.why(concurrent)).toMatch(/^unauthorised \[(M6\.2|M8\.4)\]/);
  });

  it("[M9.6] a role lapses when its holder leaves the chapter", async () => {
    const root = await foundRoot([alice, bob]);
    const bobFacilitates = await role(alice, root.chapter, bob.publicKey, { deps: [root.grants[1]!.id] });
    const gone = await leave(bob, root.chapter, [root.grants[1]!.id]);
    const result = fold([...root.records, bobFacilitates, gone]);
    expect(holdsRole(result.roster, root.chapter, bob.publicKey, "facilitator")).toBe(false);
    expect(result.roster.chapters.get(root.chapter)!.roles.map((r) => r.key)).toEqual([alice.publicKey]);
  });

  it("[M9.6] a role stays while its holder is a member of a chapter below, joined after an earlier departure", async () => {
    const root = await foundRoot([alice, bob]);
    const bobFacilitates = await role(alice, root.chapter, bob.publicKey, { deps: [root.grants[1]!.id] });
    // carol comes and goes first: the fold has seen an end before bob joins the city.
    const byAlice = await sponsor(alice, root.chapter, carol.publicKey, [root.genesis.id]);
    const carolIn = await admit(carol, root.chapter, { sponsors: [byAlice.id] });
    const carolGone = await leave(carol, root.chapter, [carolIn.id]);
    const city = await genesis(alice, {
      parent: root.chapter,
      level: "city",
      founders: [alice.publicKey],
      deps: [root.genesis.id, carolGone.id],
    });
    const cityId = chapterOf(city);
    const bobToCity = await sponsor(alice, cityId, bob.publicKey, [city.id]);
    const bobInCity = await admit(bob, cityId, { sponsors: [bobToCity.id] });
    const bobLeavesRoot = await leave(bob, root.chapter, [root.grants[1]!.id, bobInCity.id, bobFacilitates.id]);
    const result = fold([...root.records, bobFacilitates, byAlice, carolIn, carolGone, city, bobToCity, bobInCity, bobLeavesRoot]);
    expect(result.rejections).toEqual([]);
    expect(result.roster.chapters.get(root.chapter)!.members.has(bob.publicKey)).toBe(false);
    // Still a member of the root through the city below it (M11.1): the holding does not lapse.
    expect(holdsRole(result.roster, root.chapter, bob.publicKey, "facilitator")).toBe(true);
  });

  it("[M9.5] a facilitator of a chapter acts in the chapters below it", async () => {
    const root = await foundRoot([alice]);
    const city = await genesis(alice, {
      parent: root.chapter,
      level: "city",
      founders: [alice.publicKey],
      deps: [root.genesis.id],
    });
    const cityId = chapterOf(city);
    const byAlice = await sponsor(alice, cityId, dave.publicKey, [city.id]);
    const daveIn = await admit(dave, cityId, { sponsors: [byAlice.id] });
    const removal = await remove(alice, cityId, dave.publicKey, [
      root.genesis.id,
      root.facilitator.id,
      daveIn.id,
    ]);
    const result = fold([...root.records, city, byAlice, daveIn, removal]);
    expect(result.rejections).toEqual([]);
    expect(result.roster.chapters.get(cityId)!.members.has(dave.publicKey)).toBe(false);
  });
});
