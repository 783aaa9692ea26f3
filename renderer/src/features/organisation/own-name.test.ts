import { readProfiles, signDraft, naclSignerFromSeed, toBase64url, type ChapterId, type ChapterRoster, type DocumentUrl, type MemberKey, type RecordId, type Roster } from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import { firstProfileDraft, missingProfileCopies } from "./own-name.js";

const signer = naclSignerFromSeed(new Uint8Array(32).fill(3));
const box = toBase64url(new Uint8Array(32).fill(9));
const id = (letter: string) => `${letter.repeat(42)}A`;
const [north, south, east] = ["n", "s", "e"].map(id) as [ChapterId, ChapterId, ChapterId];
const documentOf = (chapter: string) => `automerge:${chapter.slice(0, 4)}` as DocumentUrl;

/** A roster whose chapters have the given direct members (what readProfiles reads). */
function rosterOf(chapters: Readonly<Record<string, readonly MemberKey[]>>): Roster {
  const entries = Object.entries(chapters).map(([chapterId, members]) => {
    const chapter = { id: chapterId, document: documentOf(chapterId), members: new Map(members.map((key) => [key, { key, grant: chapterId as RecordId, founder: false }])) };
    return [chapterId as ChapterId, chapter as unknown as ChapterRoster] as const;
  });
  return { chapters: new Map(entries) };
}

describe("the member's own profile", () => {
  it("[PF3.3] a member with no profile signs their first, named as their identity is; then its copy goes to each of their chapters lacking it", async () => {
    const roster = rosterOf({ [north]: [signer.publicKey], [south]: [signer.publicKey], [east]: [] });
    const me = readProfiles([], roster).members.get(signer.publicKey)!;
    const draft = firstProfileDraft(me, "  Ana Lima ", box)!;
    expect(draft.body).toEqual({ member: signer.publicKey, seq: 1, name: "Ana Lima", bio: "", box, picture: null });
    // A name that cannot be signed is not.
    expect(firstProfileDraft(me, "Ana\u0000", box)).toBeUndefined();
    const record = await signDraft(signer, draft, 1);
    const signed = readProfiles([record], roster).members.get(signer.publicKey)!;
    expect(signed.current?.id).toBe(record.id);
    // Once signed, nothing more to sign: the profile screen changes it (PF5.5).
    expect(firstProfileDraft(signed, "Someone Else", box)).toBeUndefined();
    const held = new Map([[north, new Set([record.id])]]);
    expect(missingProfileCopies(roster, signed, held, record.id)).toEqual([{ chapter: south, document: documentOf(id("s")) }]);
    expect(missingProfileCopies(roster, signed, new Map([...held, [south, new Set([record.id])]]), record.id)).toEqual([]);
  });
});
