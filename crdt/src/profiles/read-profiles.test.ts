import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MemberKey } from "../records/ids.js";
import { signDraft } from "../kinds/record-draft.js";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { chapterProfiles } from "./chapter-profiles.js";
import { nextProfileDraft } from "./next-profile.js";
import type { ProfilePictureRef } from "./profile-picture.js";
import { profileDraft, type ProfileFields } from "./profile-records.js";
import { readProfiles } from "./read-profiles.js";
import { heldIn, records, vector, vectorRoster } from "../../test/helpers/profiles-vector.js";

const roster = vectorRoster();
const { keys, boxes, expected } = vector;

describe("reading profiles", () => {
  it("[PF5] [PF6] [PF7] the known-answer vector: each member's current profile, conflicts, chapters, fingerprint and label, and the records that are no member's", () => {
    const read = readProfiles(records, roster);
    const members = Object.fromEntries(
      [...read.members].map(([key, m]) => [key, { chapters: m.chapters, current: m.current?.id ?? null, conflicting: m.conflicting, label: m.label ?? null, fingerprint: m.fingerprint }]),
    );
    expect(members).toEqual(expected.members);
    expect([...read.members.keys()]).toEqual(Object.keys(expected.members).sort());
    expect(read.invalid.map(({ id, member }) => ({ id, member }))).toEqual(expected.invalid);
    expect(Object.fromEntries(read.labels)).toEqual(Object.fromEntries(Object.entries(expected.members).flatMap(([key, m]) => (m.label === null ? [] : [[key, m.label]]))));
    // What the current profile says is its record's body.
    const alice = read.members.get(keys["alice"]!)!.current!;
    expect(alice).toMatchObject({ member: keys["alice"], seq: 2, name: "Alice Martin", bio: "Tenant organiser on the north side.", box: boxes["alice"], picture: vector.picture.ref });
    expect(alice.record.envelope.body).toEqual({ member: alice.member, seq: alice.seq, name: alice.name, bio: alice.bio, box: alice.box, picture: alice.picture });
  });

  it("[PF5.1] the reading is the same whatever order and repeats the records come in", () => {
    const reference = readProfiles(records, roster);
    fc.assert(
      fc.property(fc.shuffledSubarray([...records, ...records], { minLength: records.length * 2 }), (shuffled) => {
        expect(readProfiles(shuffled, roster)).toEqual(reference);
      }),
      { numRuns: 20 },
    );
  });

  it("[PF3.2] the known-answer vector: a Chapter document counts the profiles of its chapter's members, nothing else", () => {
    for (const [place, chapter] of Object.entries(vector.chapters)) {
      expect(chapterProfiles(heldIn(place), chapter.id, roster).map((r) => r.id).sort(), place).toEqual(expected.chapterProfiles[place]);
    }
    // A chapter the roster does not know counts nobody's.
    expect(chapterProfiles(records, keys["alice"] as string as never, roster)).toEqual([]);
  });

  it("[PF5.2] a forged profile — another member's signature on a profile naming alice — is shown as invalid, never as hers, even when she has none of her own", () => {
    const forged = records.find((r) => r.id === expected.invalid.find((i) => i.member === keys["alice"])!.id)!;
    expect(forged.envelope.signer).toBe(keys["bob"]);
    const alone = readProfiles([forged], roster);
    expect(alone.members.get(keys["alice"]!)).toMatchObject({ current: undefined, label: undefined, conflicting: [] });
    expect(alone.labels.has(keys["alice"]!)).toBe(false);
    expect(alone.invalid).toEqual([{ id: forged.id, signer: keys["bob"], member: keys["alice"], problem: `forged: signed by ${keys["bob"]}, not by the member it names` }]);
    // Its higher seq (9) does not outrank her own profile either; nor does it count in a chapter she belongs to.
    expect(readProfiles(records, roster).members.get(keys["alice"]!)!.current!.seq).toBe(2);
    expect(chapterProfiles([forged], vector.chapters["north"]!.id, roster)).toEqual([]);
  });

  it("[PF5.2] a profile whose member is no member of the organisation is not shown", () => {
    const read = readProfiles(heldIn("south"), roster);
    expect(read.members.has(keys["mallory"]!)).toBe(false);
    // Were mallory's profile (also named Erin) counted, erin's label would carry fingerprint words.
    expect(read.labels.get(keys["erin"]!)).toBe("Erin");
  });

  it("[PF5.5] a changed profile is signed with the seq one above the current one, citing what it replaces; an unchanged one is not signed again", async () => {
    const read = readProfiles(records, roster);
    const alice = read.members.get(keys["alice"]!)!;
    const same: ProfileFields = { member: alice.member, name: "Alice Martin", bio: "Tenant organiser on the north side.", box: boxes["alice"]!, picture: vector.picture.ref as ProfilePictureRef };
    expect(nextProfileDraft(alice, same)).toBeUndefined();
    expect(nextProfileDraft(alice, { ...same, name: "Alice M." })).toEqual(profileDraft({ ...same, name: "Alice M.", seq: 3 }, [alice.current!.id]));
    // A conflict at the highest seq is settled by signing again above it, citing both.
    const bob = read.members.get(keys["bob"]!)!;
    const bobSays: ProfileFields = { member: bob.member, name: bob.current!.name, bio: bob.current!.bio, box: bob.current!.box, picture: null };
    expect(nextProfileDraft(bob, bobSays)).toEqual(profileDraft({ ...bobSays, seq: 4 }, bob.conflicting));
    // A member with no profile yet starts at 1.
    expect(nextProfileDraft(read.members.get(keys["dave"]!), { ...bobSays, member: keys["dave"]!, name: "Dave" })?.body.seq).toBe(1);
    // Signed and read again, the new profile is the current one.
    const signer = naclSignerFromSeed(new Uint8Array(32).fill(7));
    const draft = nextProfileDraft(undefined, { member: signer.publicKey, name: "Zoe", bio: "", box: boxes["erin"]!, picture: null })!;
    const zoe = await signDraft(signer, draft, 1);
    const withZoe = vectorRoster();
    (withZoe.chapters.get(vector.chapters["south"]!.id)!.members as Map<MemberKey, unknown>).set(signer.publicKey, { key: signer.publicKey, grant: zoe.id, founder: false });
    expect(readProfiles([...records, zoe], withZoe).members.get(signer.publicKey)?.label).toBe("Zoe");
  });
});
