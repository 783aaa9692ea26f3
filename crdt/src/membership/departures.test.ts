import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { isMember } from "./electorate.js";
import { foldOrder } from "./fold-order.js";
import { AT, admit, leave, remove, role, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot, type Founded } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");
const carol = naclSigner("carol");
const dave = naclSigner("dave");

/** alice founds the chapter (facilitator); bob joins on alice's sponsorship. */
async function withBob(): Promise<Founded & { bobIn: ParsedRecord; all: ParsedRecord[] }> {
  const root = await foundRoot([alice]);
  const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id]);
  const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
  return { ...root, bobIn, all: [...root.records, byAlice, bobIn] };
}

/** Signs `build(at)` for successive claimed times until `want` holds of the record. */
async function until(
  build: (at: number) => Promise<ParsedRecord>,
  want: (record: ParsedRecord) => boolean,
): Promise<ParsedRecord> {
  for (let at = AT; at < AT + 64; at++) {
    const record = await build(at);
    if (want(record)) return record;
  }
  throw new Error("no variant found");
}

describe("leaving and removal", () => {
  it("[M8.4] a removed member's concurrent sponsorship and the admit resting on it are invalid, whichever id sorts first", async () => {
    const base = await withBob();
    const removal = await remove(alice, base.chapter, bob.publicKey, [base.facilitator.id, base.bobIn.id]);
    for (const wantSmaller of [true, false]) {
      // Neither record cites the other: they are concurrent.
      const concurrent = await until(
        (at) => sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id], at),
        (record) => record.id < removal.id === wantSmaller,
      );
      const carolIn = await admit(carol, base.chapter, { sponsors: [concurrent.id] });
      const result = fold([...base.all, removal, concurrent, carolIn]);
      expect(result.why(removal)).toBeUndefined();
      // Placed after the removal it lacks a live grant (M6.1); placed before, it is cut (M8.4).
      expect(result.why(concurrent)).toMatch(/^unauthorised \[(M6\.1|M8\.4)\]/);
      expect(result.why(carolIn)).toMatch(/^unauthorised \[(M6\.4|M8\.4)\]/);
      expect(isMember(result.roster, base.chapter, bob.publicKey)).toBe(false);
      expect(isMember(result.roster, base.chapter, carol.publicKey)).toBe(false);
    }
  });

  it("[M2.5] a cut admission undoes everything resting on it, in later passes", async () => {
    const base = await withBob();
    const removal = await remove(alice, base.chapter, bob.publicKey, [base.facilitator.id, base.bobIn.id]);
    // bob, concurrently with his removal, brings in carol, who brings in dave.
    const byBob = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [byBob.id] });
    const byCarol = await sponsor(carol, base.chapter, dave.publicKey, [carolIn.id]);
    const daveIn = await admit(dave, base.chapter, { sponsors: [byCarol.id] });
    const result = fold([...base.all, removal, byBob, carolIn, byCarol, daveIn]);
    expect(result.why(removal)).toBeUndefined();
    for (const record of [byBob, carolIn, byCarol, daveIn])
      expect(result.why(record)).toMatch(/^unauthorised /);
    expect([...result.roster.chapters.get(base.chapter)!.members.keys()]).toEqual([alice.publicKey]);
  });

  it("[M3.4] a facilitator's act cites both the role and a membership", async () => {
    const base = await withBob();
    const bobFacilitates = await role(alice, base.chapter, bob.publicKey, { deps: [base.bobIn.id] });
    const byAlice = await sponsor(alice, base.chapter, carol.publicKey, [base.genesis.id]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [byAlice.id] });
    const roleOnly = await remove(bob, base.chapter, carol.publicKey, [bobFacilitates.id, carolIn.id]);
    const both = await remove(bob, base.chapter, carol.publicKey, [
      bobFacilitates.id,
      base.bobIn.id,
      carolIn.id,
    ]);
    const records = [...base.all, bobFacilitates, byAlice, carolIn];
    expect(fold([...records, roleOnly]).why(roleOnly)).toMatch(
      /^unauthorised \[M8\.2\] the signer does not cite a live facilitator/,
    );
    expect(fold([...records, both]).why(both)).toBeUndefined();
  });

  it("[M8.4] a removed member's later sponsorship, with the removal in its causal past, is invalid", async () => {
    const base = await withBob();
    const removal = await remove(alice, base.chapter, bob.publicKey, [base.facilitator.id, base.bobIn.id]);
    const later = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id, removal.id]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [later.id] });
    const result = fold([...base.all, removal, later, carolIn]);
    expect(result.why(later)).toMatch(/^unauthorised \[M6\.1\]/);
    expect(result.why(carolIn)).toMatch(/^unauthorised \[M6\.4\]/);
  });

  it("[M8.4] a backdated concurrent sponsorship and admit, placed before the removal in fold order, are still cut", async () => {
    const base = await withBob();
    // bob's records cite only old records, so the fold places them before a removal that cites
    // `other`, a newer record whose id sorts after both of them.
    const concurrent = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [concurrent.id] });
    const other = await until(
      (at) => sponsor(alice, base.chapter, dave.publicKey, [base.genesis.id, base.facilitator.id], at),
      (record) => record.id > concurrent.id && record.id > carolIn.id,
    );
    const removal = await remove(alice, base.chapter, bob.publicKey, [
      base.facilitator.id,
      base.bobIn.id,
      other.id,
    ]);
    const records = [...base.all, other, removal, concurrent, carolIn];
    const order = foldOrder(records).order.map((record) => record.id);
    expect(order.indexOf(concurrent.id)).toBeLessThan(order.indexOf(removal.id));
    expect(order.indexOf(carolIn.id)).toBeLessThan(order.indexOf(removal.id));
    const result = fold(records);
    expect(result.why(removal)).toBeUndefined();
    const cut = `unauthorised [M8.4] concurrent with ${removal.id}, which ended the authority this record relied on`;
    expect(result.why(concurrent)).toBe(cut);
    expect(result.why(carolIn)).toBe(cut);
    expect(isMember(result.roster, base.chapter, carol.publicKey)).toBe(false);
  });

  it("[M3.7] a sponsorship the remover had seen stays valid but no longer counts for an admit after the removal", async () => {
    const base = await withBob();
    const byBob = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id]);
    const removal = await remove(alice, base.chapter, bob.publicKey, [
      base.facilitator.id,
      base.bobIn.id,
      byBob.id,
    ]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [byBob.id], deps: [removal.id] });
    const result = fold([...base.all, byBob, removal, carolIn]);
    expect(result.why(byBob)).toBeUndefined();
    expect(result.why(carolIn)).toMatch(/^unauthorised \[M6\.4\] 0 standing sponsors/);
  });

  it("[M8.4] what the remover had seen stands: a member admitted on the removed member's earlier sponsorship stays", async () => {
    const base = await withBob();
    const byBob = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [byBob.id] });
    const removal = await remove(alice, base.chapter, bob.publicKey, [
      base.facilitator.id,
      base.bobIn.id,
      carolIn.id,
    ]);
    const result = fold([...base.all, byBob, carolIn, removal]);
    expect(result.rejections).toEqual([]);
    expect(isMember(result.roster, base.chapter, carol.publicKey)).toBe(true);
    expect(isMember(result.roster, base.chapter, bob.publicKey)).toBe(false);
  });

  it("[M8.5] two facilitators removing each other concurrently: the removal first in fold order wins", async () => {
    const base = await withBob();
    const bobFacilitates = await role(alice, base.chapter, bob.publicKey, { deps: [base.bobIn.id] });
    const common = [base.facilitator.id, base.bobIn.id, bobFacilitates.id];
    const aliceOut = await remove(bob, base.chapter, alice.publicKey, common);
    const bobOut = await remove(alice, base.chapter, bob.publicKey, common);
    const [first, second] = aliceOut.id < bobOut.id ? [aliceOut, bobOut] : [bobOut, aliceOut];
    const result = fold([...base.all, bobFacilitates, bobOut, aliceOut]);
    expect(result.why(first)).toBeUndefined();
    expect(result.why(second)).toMatch(/^unauthorised \[M8\.2\] the signer does not cite a live facilitator/);
    const survivor = first === bobOut ? alice : bob;
    const removed = first === bobOut ? bob : alice;
    expect(isMember(result.roster, base.chapter, survivor.publicKey)).toBe(true);
    expect(isMember(result.roster, base.chapter, removed.publicKey)).toBe(false);
  });

  it("[M8.2] only a facilitator can remove, citing the member's grant", async () => {
    const base = await withBob();
    const byBob = await remove(bob, base.chapter, alice.publicKey, [base.bobIn.id, base.genesis.id]);
    const uncited = await remove(alice, base.chapter, bob.publicKey, [base.facilitator.id]);
    const result = fold([...base.all, byBob, uncited]);
    expect(result.why(byBob)).toMatch(/^unauthorised \[M8\.2\] the signer does not cite a live facilitator/);
    expect(result.why(uncited)).toMatch(
      /^unauthorised \[M8\.2\] the remove does not cite the member's grant/,
    );
  });

  it("[M8.2] a remove citing a decision needs the decision held", async () => {
    const base = await withBob();
    const decision = hashText("a decision") as RecordId;
    const removal = await remove(
      alice,
      base.chapter,
      bob.publicKey,
      [base.facilitator.id, base.bobIn.id],
      decision,
    );
    expect(fold([...base.all, removal]).why(removal)).toMatch(/^missing-deps \[M2\.2\]/);
    const held = fold([...base.all, removal], { heldElsewhere: new Set([decision]) });
    expect(held.why(removal)).toBeUndefined();
    expect(isMember(held.roster, base.chapter, bob.publicKey)).toBe(false);
  });

  it("[M8.1] a member leaves by citing their own grant, and can then no longer sponsor", async () => {
    const base = await withBob();
    const gone = await leave(bob, base.chapter, [base.bobIn.id]);
    const after = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id, gone.id]);
    const result = fold([...base.all, gone, after]);
    expect(result.why(gone)).toBeUndefined();
    expect(result.why(after)).toMatch(/^unauthorised \[M6\.1\]/);
    expect(isMember(result.roster, base.chapter, bob.publicKey)).toBe(false);
  });

  it("[M8.1] leaving needs a live direct membership", async () => {
    const base = await withBob();
    const outsider = await leave(carol, base.chapter, [base.genesis.id]);
    expect(fold([...base.all, outsider]).why(outsider)).toMatch(/^unauthorised \[M8\.1\]/);
  });
});
