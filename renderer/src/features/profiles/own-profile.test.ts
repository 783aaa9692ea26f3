import { toBase64url } from "@chapterhouse/crdt/encoding";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { profileDraft, readProfiles } from "@chapterhouse/crdt/profiles";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { firstProfileDraft, missingProfileCopies, newestOwnProfile } from "./own-profile.js";
import { documentOf, rosterOf } from "./test-helpers/roster-of.js";

const signer = naclSignerFromSeed(new Uint8Array(32).fill(3));
const other = naclSignerFromSeed(new Uint8Array(32).fill(4));
const box = toBase64url(new Uint8Array(32).fill(9));
const id = (letter: string) => `${letter.repeat(42)}A`;
const [north, south, east] = ["n", "s", "e"].map(id) as [ChapterId, ChapterId, ChapterId];

const fields = (seq: number, name: string) => ({ member: signer.publicKey, seq, name, bio: "", box, picture: null });

describe("the member's own profile", () => {
  it("[PF3.3] a member with no profile signs their first, named as their identity is; then its copy goes to each of their chapters lacking it", async () => {
    const roster = rosterOf({ [north]: [signer.publicKey], [south]: [signer.publicKey], [east]: [] });
    const me = readProfiles([], roster).members.get(signer.publicKey)!;
    const draft = firstProfileDraft(me, signer.publicKey, "  Ana Lima ", box)!;
    expect(draft.body).toEqual({ member: signer.publicKey, seq: 1, name: "Ana Lima", bio: "", box, picture: null });
    // A name that cannot be signed is not.
    expect(firstProfileDraft(me, signer.publicKey, "Ana\u0000", box)).toBeUndefined();
    const record = await signDraft(signer, draft, 1);
    const signed = readProfiles([record], roster).members.get(signer.publicKey)!;
    expect(signed.current?.id).toBe(record.id);
    // Once signed, nothing more to sign: the profile screen changes it (PF5.5).
    expect(firstProfileDraft(signed, signer.publicKey, "Someone Else", box)).toBeUndefined();
    const held = new Map([[north, new Set([record.id])]]);
    expect(missingProfileCopies(roster, signed.chapters, held, record.id)).toEqual([{ chapter: south, document: documentOf(id("s")) }]);
    expect(missingProfileCopies(roster, signed.chapters, new Map([...held, [south, new Set([record.id])]]), record.id)).toEqual([]);
  });

  it("[PF5.3] the newest own profile is the highest seq any organisation read, or the one signed here when it is newer; one signed by another key never counts", async () => {
    const roster = rosterOf({ [north]: [signer.publicKey] });
    const [first, second, third] = await Promise.all([1, 2, 3].map((seq) => signDraft(signer, profileDraft(fields(seq, `Ana ${seq}`)), seq)));
    const inA = readProfiles([first!], roster).members.get(signer.publicKey);
    const inB = readProfiles([first!, second!], roster).members.get(signer.publicKey);
    expect(newestOwnProfile([inA, undefined, inB], undefined).current?.id).toBe(second!.id);
    expect(newestOwnProfile([inB, inA], first).current?.id).toBe(second!.id); // older than what was read: the read wins
    const newest = newestOwnProfile([inA, inB], third);
    expect(newest.current).toMatchObject({ id: third!.id, seq: 3, name: "Ana 3" });
    expect(newest.conflicting).toEqual([]);
    // PF3: a profile naming the member but signed by another key is nobody's.
    const forged = await signDraft(other, profileDraft(fields(9, "Not Ana")), 9);
    expect(newestOwnProfile([inB], forged).current?.id).toBe(second!.id);
    expect(newestOwnProfile([], undefined).current).toBeUndefined();
  });
});
