import { describe, expect, it } from "vitest";
import { isMember } from "./electorate.js";
import { admit, countersign, leave, make, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");
const carol = naclSigner("carol");
const dave = naclSigner("dave");

describe("admission", () => {
  it("[M6.4] an admit without enough sponsors is rejected, and accepted with them", async () => {
    const root = await foundRoot([alice, bob], { sponsors: 2 });
    const [aliceGrant, bobGrant] = root.grants;
    const byAlice = await sponsor(alice, root.chapter, carol.publicKey, [aliceGrant!.id]);
    const byBob = await sponsor(bob, root.chapter, carol.publicKey, [bobGrant!.id]);
    const short = await admit(carol, root.chapter, { sponsors: [byAlice.id] });
    const one = fold([...root.records, byAlice, byBob, short]);
    expect(one.why(short)).toMatch(/^unauthorised \[M6\.4\] 1 standing sponsors, the chapter requires 2/);
    expect(isMember(one.roster, root.chapter, carol.publicKey)).toBe(false);

    const enough = await admit(carol, root.chapter, { sponsors: [byAlice.id, byBob.id] });
    const two = fold([...root.records, byAlice, byBob, enough]);
    expect(two.why(enough)).toBeUndefined();
    expect(two.roster.chapters.get(root.chapter)!.members.get(carol.publicKey)?.grant).toBe(enough.id);
  });

  it("[M6.4] two sponsorships by one member count once", async () => {
    const root = await foundRoot([alice, bob], { sponsors: 2 });
    const first = await sponsor(alice, root.chapter, carol.publicKey, [root.grants[0]!.id]);
    const again = await sponsor(alice, root.chapter, carol.publicKey, [root.grants[0]!.id], 2_000);
    const attempt = await admit(carol, root.chapter, { sponsors: [first.id, again.id] });
    expect(fold([...root.records, first, again, attempt]).why(attempt)).toMatch(
      /\[M6\.4\] 1 standing sponsors/,
    );
  });

  it("[M6.1] a sponsor must cite a live membership of the chapter", async () => {
    const root = await foundRoot([alice]);
    const byOutsider = await sponsor(dave, root.chapter, carol.publicKey, [root.genesis.id]);
    const uncited = await sponsor(alice, root.chapter, carol.publicKey, []);
    const result = fold([...root.records, byOutsider, uncited]);
    expect(result.why(byOutsider)).toMatch(/^unauthorised \[M6\.1\]/);
    // The genesis is also alice's grant, and every record cites its chapter (M1.3): so this one
    // does cite alice's grant and is accepted.
    expect(result.why(uncited)).toBeUndefined();
  });

  it("[M3.3] a record that does not cite its signer's grant is unauthorised", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, bob.publicKey, []);
    const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
    // bob is a member, but his sponsorship cites only the chapter, not his grant (bobIn).
    const uncited = await sponsor(bob, root.chapter, carol.publicKey, [byAlice.id]);
    const cited = await sponsor(bob, root.chapter, dave.publicKey, [bobIn.id]);
    const result = fold([...root.records, byAlice, bobIn, uncited, cited]);
    expect(result.why(uncited)).toMatch(/^unauthorised \[M6\.1\] the sponsor does not cite/);
    expect(result.why(cited)).toBeUndefined();
  });

  it("[M6.5] a chapter whose policy requires a countersign refuses an admit without one", async () => {
    const root = await foundRoot([alice], { sponsors: 1, countersign: true });
    const byAlice = await sponsor(alice, root.chapter, carol.publicKey, [root.genesis.id]);
    const bare = await admit(carol, root.chapter, { sponsors: [byAlice.id] });
    expect(fold([...root.records, byAlice, bare]).why(bare)).toMatch(
      /^unauthorised \[M6\.5\] the chapter requires/,
    );

    const signed = await countersign(alice, root.chapter, carol.publicKey, [
      root.genesis.id,
      root.facilitator.id,
    ]);
    const full = await admit(carol, root.chapter, { sponsors: [byAlice.id], countersign: signed.id });
    const result = fold([...root.records, byAlice, signed, full]);
    expect(result.why(full)).toBeUndefined();
    expect(isMember(result.roster, root.chapter, carol.publicKey)).toBe(true);
  });

  it("[M6.2] only a facilitator can countersign", async () => {
    const root = await foundRoot([alice, bob], { countersign: true });
    const byBob = await countersign(bob, root.chapter, carol.publicKey, [root.grants[1]!.id]);
    expect(fold([...root.records, byBob]).why(byBob)).toMatch(/^unauthorised \[M6\.2\]/);
  });

  it("[M6.6] a sponsorship counted once cannot re-admit a member who left", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, carol.publicKey, [root.genesis.id]);
    const first = await admit(carol, root.chapter, { sponsors: [byAlice.id] });
    const gone = await leave(carol, root.chapter, [first.id]);
    const back = await admit(carol, root.chapter, { sponsors: [byAlice.id], deps: [gone.id] });
    const result = fold([...root.records, byAlice, first, gone, back]);
    expect(result.why(gone)).toBeUndefined();
    expect(result.why(back)).toMatch(/^unauthorised \[M6\.4\] 0 standing sponsors/);
    expect(isMember(result.roster, root.chapter, carol.publicKey)).toBe(false);
  });

  it("[M6.3] an admit whose chapter takes no sponsors and no countersign admits anyone who cites the chapter", async () => {
    const root = await foundRoot([alice], { sponsors: 0 });
    const open = await admit(dave, root.chapter);
    const result = fold([...root.records, open]);
    expect(result.why(open)).toBeUndefined();
    expect(isMember(result.roster, root.chapter, dave.publicKey)).toBe(true);
  });

  it("[M6.3] a member cannot be admitted twice", async () => {
    const root = await foundRoot([alice], { sponsors: 0 });
    const once = await admit(dave, root.chapter);
    const twice = await admit(dave, root.chapter, { deps: [once.id] });
    expect(fold([...root.records, once, twice]).why(twice)).toMatch(
      /^unauthorised \[M6\.3\] the candidate is already a member/,
    );
  });

  it("[M1.3] a body naming a record its deps do not cite is malformed", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, carol.publicKey, [root.genesis.id]);
    const sneaky = await make(
      carol,
      "admit",
      { chapter: root.chapter, sponsors: [byAlice.id], countersign: null, redeem: null },
      [root.genesis.id],
    );
    expect(fold([...root.records, byAlice, sneaky]).why(sneaky)).toMatch(/^malformed \[M1\.3\]/);
  });

  it("[M1.2] a body with a missing or extra member is malformed", async () => {
    const root = await foundRoot([alice]);
    const extra = await make(
      alice,
      "sponsor",
      { chapter: root.chapter, candidate: carol.publicKey, note: "hi" },
      [root.genesis.id],
    );
    const short = await make(alice, "leave", {}, [root.genesis.id]);
    const result = fold([...root.records, extra, short]);
    expect(result.why(extra)).toMatch(/^malformed \[M1\.2\] sponsor body: body has members/);
    expect(result.why(short)).toMatch(/^malformed \[M1\.2\] leave body/);
  });
});
