import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { endorseDraft, genesisDraft, memberGrant, roleDraft } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, ParsedRecord, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { decisionDraft } from "@chapterhouse/crdt/votes";
import { describe, expect, it } from "vitest";
import { readOrganisation, type SignedDocument } from "./read-organisation.js";

const alice = naclSignerFromSeed(new Uint8Array(32).fill(1));
const bob = naclSignerFromSeed(new Uint8Array(32).fill(2));
const ORGANISATION = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;
const CHAPTER_DOC = "automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ" as DocumentUrl;

const byId = (a: ParsedRecord, b: ParsedRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A document as the chokepoint's signature-level read finds it: every record accepted. */
function signed(url: DocumentUrl, type: SignedDocument["type"], maps: Record<string, ParsedRecord[]>): SignedDocument {
  const records = Object.values(maps).flat().sort(byId);
  return { url, type, read: { maps, records, verified: maps, rejections: [] } };
}

describe("reading an organisation", () => {
  it("[M9.2] a role that cites a decision the chapter's document holds counts: decisions are held records the fold may cite (M2.2)", async () => {
    const genesis = await signDraft(
      alice,
      genesisDraft({
        name: "Old Quay",
        level: "international",
        parent: null,
        place: null,
        document: CHAPTER_DOC,
        admission: { sponsors: 1, countersign: false },
        founders: [alice.publicKey, bob.publicKey],
      }),
      1_000,
    );
    const chapter = genesis.id as ChapterId;
    // A decision record as the chapter's log holds it; the fold asks only that it is held (M9.1).
    const decision = await signDraft(
      alice,
      decisionDraft({ chapter, proposal: `${"p".repeat(42)}A` as ProposalId, open: `${"o".repeat(42)}A` as RecordId, close: `${"c".repeat(42)}A` as RecordId, result: { rule: "majority" } }),
      2_000,
    );
    // Bob, a co-founder, joins (M5); his endorse is his membership.
    const endorse = await signDraft(bob, endorseDraft(chapter, [chapter]), 1_500);
    const founded = readOrganisation([signed(ORGANISATION, ORGANISATION_DOCUMENT, { chapters: [genesis, endorse] })]);
    const bobsGrant = memberGrant(founded.fold.roster, chapter, bob.publicKey)!;
    const moderator = await signDraft(
      alice,
      roleDraft({ chapter, member: bob.publicKey, role: "moderator", grant: true, decision: decision.id }, [chapter, bobsGrant]),
      3_000,
    );
    const read = readOrganisation([
      signed(ORGANISATION, ORGANISATION_DOCUMENT, { chapters: [genesis, endorse] }),
      signed(CHAPTER_DOC, CHAPTER_DOCUMENT, { governance: [moderator], decisions: [decision] }),
    ]);
    expect(read.fold.rejections).toEqual([]);
    expect(read.fold.roster.chapters.get(chapter)?.roles).toEqual([{ key: bob.publicKey, role: "moderator", grant: moderator.id }]);
  });
});
