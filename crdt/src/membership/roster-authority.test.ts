import { describe, expect, it } from "vitest";
import { RosterAuthority } from "./roster-authority.js";
import { admit, chapterOf, genesis, remove, role } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { fakeSigner } from "./test-helpers/signers.js";

const alice = fakeSigner("alice");
const bob = fakeSigner("bob");
const carol = fakeSigner("carol");

/** A root with an open city below it; bob joins the city, carol joins and is removed. */
async function tree() {
  const root = await foundRoot([alice], { sponsors: 0 });
  const city = await genesis(alice, { parent: root.chapter, level: "city", name: "City", sponsors: 0, deps: [root.genesis.id] });
  const cityId = chapterOf(city);
  const bobIn = await admit(bob, cityId);
  const carolIn = await admit(carol, cityId);
  const carolOut = await remove(alice, cityId, carol.publicKey, [root.genesis.id, root.facilitator.id, carolIn.id]);
  const result = fold([...root.records, city, bobIn, carolIn, carolOut]);
  expect(result.rejections).toEqual([]);
  return { root, cityId, bobIn, carolIn, authority: new RosterAuthority(result.roster) };
}

describe("authority against a finished roster", () => {
  it("[M3.3] a cited live grant in the chapter or below gives member authority; an ended or uncited one does not", async () => {
    const { root, cityId, bobIn, carolIn, authority } = await tree();
    expect(authority.citedGrant(cityId, bob.publicKey, [bobIn.id])).toBe(bobIn.id);
    // a member of the city is a member of the chapter above it (M11.1)…
    expect(authority.citedGrant(root.chapter, bob.publicKey, [root.genesis.id, bobIn.id])).toBe(bobIn.id);
    // …but a member of the root alone is not a member of the city
    expect(authority.citedGrant(cityId, alice.publicKey, [root.genesis.id])).toBeUndefined();
    expect(authority.citedGrant(cityId, bob.publicKey, [])).toBeUndefined();
    expect(authority.citedGrant(cityId, carol.publicKey, [carolIn.id])).toBeUndefined();
    // another member's grant is not the signer's authority
    expect(authority.citedGrant(cityId, carol.publicKey, [bobIn.id])).toBeUndefined();
  });

  it("[M3.4] a cited facilitator holding in the chapter or above, with a cited grant, gives facilitator authority", async () => {
    const { root, cityId, bobIn, authority } = await tree();
    const deps = [root.genesis.id, root.facilitator.id].sort();
    expect(authority.citedFacilitator(cityId, alice.publicKey, deps)).toEqual({ holding: root.facilitator.id, grant: root.genesis.id });
    expect(authority.citedFacilitator(root.chapter, alice.publicKey, [root.facilitator.id])).toBeUndefined();
    expect(authority.citedFacilitator(cityId, bob.publicKey, [bobIn.id, root.facilitator.id])).toBeUndefined();
    expect(authority.isWithin(cityId, root.chapter)).toBe(true);
    expect(authority.isWithin(root.chapter, cityId)).toBe(false);
  });

  it("[M3.4] a facilitator holding in a chapter below gives no authority over the chapter above", async () => {
    const root = await foundRoot([alice], { sponsors: 0 });
    const city = await genesis(alice, { parent: root.chapter, level: "city", name: "City", sponsors: 0, deps: [root.genesis.id] });
    const bobIn = await admit(bob, chapterOf(city));
    const bobFacilitates = await role(alice, chapterOf(city), bob.publicKey, { deps: [city.id, bobIn.id] });
    const result = fold([...root.records, city, bobIn, bobFacilitates]);
    expect(result.rejections).toEqual([]);
    const authority = new RosterAuthority(result.roster);
    const deps = [bobIn.id, bobFacilitates.id];
    expect(authority.citedFacilitator(chapterOf(city), bob.publicKey, deps)).toEqual({ holding: bobFacilitates.id, grant: bobIn.id });
    expect(authority.citedFacilitator(root.chapter, bob.publicKey, deps)).toBeUndefined();
  });
});
