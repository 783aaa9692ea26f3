import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../records/record.js";
import { holdsRole, isMember } from "./electorate.js";
import { admit, role, rotate, rotateProof, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot, type Founded } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const alice2 = naclSigner("alice, new key");
const bob = naclSigner("bob");
const bob2 = naclSigner("bob, new key");
const bob3 = naclSigner("bob, stolen key's choice");
const carol = naclSigner("carol");
const dave = naclSigner("dave");

/** alice founds the chapter; bob joins on alice's sponsorship. */
async function withBob(): Promise<Founded & { bobIn: ParsedRecord; all: ParsedRecord[] }> {
  const root = await foundRoot([alice]);
  const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id]);
  const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
  return { ...root, bobIn, all: [...root.records, byAlice, bobIn] };
}

describe("key rotation", () => {
  it("[M10.2] a member moves to a new key that proves possession; the new key then acts citing the rotate", async () => {
    const base = await withBob();
    const proof = await rotateProof(bob2, base.chapter, bob.publicKey);
    const moved = await rotate(bob, base.chapter, bob2.publicKey, proof.id, [base.bobIn.id]);
    const byNewKey = await sponsor(bob2, base.chapter, carol.publicKey, [moved.id]);
    const result = fold([...base.all, proof, moved, byNewKey]);
    expect(result.rejections).toEqual([]);
    expect(isMember(result.roster, base.chapter, bob.publicKey)).toBe(false);
    expect(result.roster.chapters.get(base.chapter)!.members.get(bob2.publicKey)?.grant).toBe(moved.id);
  });

  it("[M10.2] a rotate whose proof is not signed by the new key is refused", async () => {
    const base = await withBob();
    const wrongProof = await rotateProof(carol, base.chapter, bob.publicKey);
    const moved = await rotate(bob, base.chapter, bob2.publicKey, wrongProof.id, [base.bobIn.id]);
    const result = fold([...base.all, wrongProof, moved]);
    expect(result.why(moved)).toMatch(/^unauthorised \[M10\.2\] the proof is not the new key's signature/);
    expect(isMember(result.roster, base.chapter, bob.publicKey)).toBe(true);
  });

  it("[M10.3] a founder's roles and founder standing move with the key", async () => {
    const root = await foundRoot([alice, bob]);
    const proof = await rotateProof(alice2, root.chapter, alice.publicKey);
    const moved = await rotate(alice, root.chapter, alice2.publicKey, proof.id, [
      root.genesis.id,
      root.facilitator.id,
    ]);
    // As a founder, the new key grants a role without a decision (M9.2), citing the rotate.
    const treasurer = await role(alice2, root.chapter, bob.publicKey, {
      role: "treasurer",
      deps: [moved.id, root.grants[1]!.id],
    });
    const result = fold([...root.records, proof, moved, treasurer]);
    expect(result.rejections).toEqual([]);
    expect(holdsRole(result.roster, root.chapter, alice2.publicKey, "facilitator")).toBe(true);
    expect(holdsRole(result.roster, root.chapter, alice.publicKey, "facilitator")).toBe(false);
    expect(result.roster.chapters.get(root.chapter)!.members.get(alice2.publicKey)?.founder).toBe(true);
  });

  it("[M10.4] the old key's records concurrent with or after the rotate are refused", async () => {
    const base = await withBob();
    const proof = await rotateProof(bob2, base.chapter, bob.publicKey);
    const moved = await rotate(bob, base.chapter, bob2.publicKey, proof.id, [base.bobIn.id]);
    const concurrent = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id]);
    const after = await sponsor(bob, base.chapter, dave.publicKey, [base.bobIn.id, moved.id]);
    const result = fold([...base.all, proof, moved, concurrent, after]);
    expect(result.why(concurrent)).toMatch(/^unauthorised \[(M6\.1|M8\.4)\]/);
    expect(result.why(after)).toMatch(/^unauthorised \[M6\.1\]/);
  });

  it("[M10.4] of two concurrent rotates of one key, the first in fold order wins", async () => {
    const base = await withBob();
    const proof2 = await rotateProof(bob2, base.chapter, bob.publicKey);
    const proof3 = await rotateProof(bob3, base.chapter, bob.publicKey);
    const to2 = await rotate(bob, base.chapter, bob2.publicKey, proof2.id, [base.bobIn.id, proof3.id]);
    const to3 = await rotate(bob, base.chapter, bob3.publicKey, proof3.id, [base.bobIn.id, proof2.id]);
    const [winner, loser] = to2.id < to3.id ? [to2, to3] : [to3, to2];
    const result = fold([...base.all, proof2, proof3, to2, to3]);
    expect(result.why(winner)).toBeUndefined();
    expect(result.why(loser)).toMatch(/^unauthorised \[M10\.2\] the signer does not cite a live membership/);
    const winnerKey = winner === to2 ? bob2.publicKey : bob3.publicKey;
    expect(result.roster.chapters.get(base.chapter)!.members.get(winnerKey)?.grant).toBe(winner.id);
  });

  it("[M3.7] a sponsorship by the old key still counts after its sponsor rotated", async () => {
    const base = await withBob();
    const byBob = await sponsor(bob, base.chapter, carol.publicKey, [base.bobIn.id]);
    const proof = await rotateProof(bob2, base.chapter, bob.publicKey);
    const moved = await rotate(bob, base.chapter, bob2.publicKey, proof.id, [base.bobIn.id, byBob.id]);
    const carolIn = await admit(carol, base.chapter, { sponsors: [byBob.id], deps: [moved.id] });
    const result = fold([...base.all, byBob, proof, moved, carolIn]);
    expect(result.rejections).toEqual([]);
    expect(isMember(result.roster, base.chapter, carol.publicKey)).toBe(true);
  });
});
