import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../records/record.js";
import { isMember } from "./electorate.js";
import { admit, invite, redeem, remove, role, sponsor, uninvite } from "./test-helpers/records.js";
import { fold, foundRoot, type Founded } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");
const carol = naclSigner("carol");
const dave = naclSigner("dave");
const erin = naclSigner("erin");
const token = naclSigner("invite token");

/** alice founds a chapter needing two sponsors and invites with `maxUses`, expiring at 5,000. */
async function invited(maxUses: number): Promise<Founded & { invite: ParsedRecord; all: ParsedRecord[] }> {
  const root = await foundRoot([alice], { sponsors: 2 });
  const inv = await invite(alice, root.chapter, { token: token.publicKey, maxUses, expires: 5_000 }, [
    root.facilitator.id,
  ]);
  return { ...root, invite: inv, all: [...root.records, inv] };
}

describe("invites", () => {
  it("[M7.3] an invite admits its bearer instead of sponsors", async () => {
    const base = await invited(1);
    const r = await redeem(token, base.chapter, base.invite.id, carol.publicKey);
    const carolIn = await admit(carol, base.chapter, { redeem: r.id });
    const result = fold([...base.all, r, carolIn]);
    expect(result.rejections).toEqual([]);
    expect(isMember(result.roster, base.chapter, carol.publicKey)).toBe(true);
    expect(result.roster.chapters.get(base.chapter)!.invites).toEqual([
      { id: base.invite.id, token: token.publicKey, maxUses: 1, expires: 5_000, uses: 1, closed: false },
    ]);
  });

  it("[M7.4] an invite used more times than allowed: the first redemptions in fold order win, the rest are rejected", async () => {
    const base = await invited(2);
    const candidates = [carol, dave, erin];
    const redeems = await Promise.all(
      candidates.map((c) => redeem(token, base.chapter, base.invite.id, c.publicKey)),
    );
    // Each admit cites every redeem, so all three become ready together and go in id order (M2.3).
    const admits = await Promise.all(
      candidates.map((c, i) =>
        admit(c, base.chapter, { redeem: redeems[i]!.id, deps: redeems.map((r) => r.id) }),
      ),
    );
    const result = fold([...base.all, ...redeems, ...admits]);
    const [first, second, third] = [...admits].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(result.why(first!)).toBeUndefined();
    expect(result.why(second!)).toBeUndefined();
    expect(result.why(third!)).toBe("unauthorised [M7.4] the invite's 2 uses are spent");
    expect(result.roster.chapters.get(base.chapter)!.invites[0]!.uses).toBe(2);
  });

  it("[M7.3] an admit or a redeem claiming a time after the expiry is refused", async () => {
    const base = await invited(3);
    const lateRedeem = await redeem(token, base.chapter, base.invite.id, carol.publicKey, [], 5_001);
    const r = await redeem(token, base.chapter, base.invite.id, dave.publicKey, [], 4_000);
    const lateAdmit = await admit(dave, base.chapter, { redeem: r.id, at: 5_001 });
    const result = fold([...base.all, lateRedeem, r, lateAdmit]);
    expect(result.why(lateRedeem)).toMatch(/^unauthorised \[M7\.3\] the redeem claims a time after/);
    expect(result.why(lateAdmit)).toMatch(/^unauthorised \[M7\.3\] the admit claims a time after/);
  });

  it("[M7.2] a redeem must be signed by the invite's token key", async () => {
    const base = await invited(1);
    const forged = await redeem(carol, base.chapter, base.invite.id, carol.publicKey);
    expect(fold([...base.all, forged]).why(forged)).toMatch(
      /^unauthorised \[M7\.2\] the redeem is not signed by the invite's token key/,
    );
  });

  it("[M7.1] only a facilitator can invite", async () => {
    const root = await foundRoot([alice, bob]);
    const byBob = await invite(bob, root.chapter, { token: token.publicKey }, [root.grants[1]!.id]);
    expect(fold([...root.records, byBob]).why(byBob)).toMatch(/^unauthorised \[M7\.1\]/);
  });

  it("[M7.5] a closed invite admits nobody, even by a redemption the closer had not seen", async () => {
    const base = await invited(5);
    const closed = await uninvite(alice, base.chapter, base.invite.id, [base.facilitator.id]);
    const r1 = await redeem(token, base.chapter, base.invite.id, carol.publicKey, [closed.id]);
    const afterClose = await admit(carol, base.chapter, { redeem: r1.id });
    const r2 = await redeem(token, base.chapter, base.invite.id, dave.publicKey);
    const concurrent = await admit(dave, base.chapter, { redeem: r2.id });
    const result = fold([...base.all, closed, r1, afterClose, r2, concurrent]);
    expect(result.why(afterClose)).toBe("unauthorised [M7.5] the invite has been closed");
    expect(result.why(concurrent)).toMatch(/^unauthorised \[(M7\.5|M8\.4)\]/);
    expect(result.roster.chapters.get(base.chapter)!.invites[0]!.closed).toBe(true);
  });

  it("[M3.7] an invite lapses when its facilitator is removed", async () => {
    const root = await foundRoot([alice, bob], { sponsors: 1 });
    const byAlice = await sponsor(alice, root.chapter, carol.publicKey, [root.genesis.id]);
    const carolIn = await admit(carol, root.chapter, { sponsors: [byAlice.id] });
    const carolFacilitates = await role(alice, root.chapter, carol.publicKey, { deps: [carolIn.id] });
    const inv = await invite(carol, root.chapter, { token: token.publicKey, maxUses: 3 }, [
      carolIn.id,
      carolFacilitates.id,
    ]);
    const removal = await remove(alice, root.chapter, carol.publicKey, [
      root.facilitator.id,
      carolIn.id,
      inv.id,
    ]);
    const r = await redeem(token, root.chapter, inv.id, dave.publicKey, [removal.id]);
    const daveIn = await admit(dave, root.chapter, { redeem: r.id });
    const result = fold([...root.records, byAlice, carolIn, carolFacilitates, inv, removal, r, daveIn]);
    expect(result.why(inv)).toBeUndefined();
    expect(result.why(daveIn)).toBe(
      "unauthorised [M7.3] the inviting facilitator's authority no longer stands",
    );
  });
});
