import {
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
  createVerifier,
  parseRecord,
  isParsed,
  simulateVote,
  snapshotDocument,
  type ChapterId,
  type DocumentType,
  type RecordId,
  type VoteBundleDocument,
} from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import type { LocatedSnapshot } from "../organisation/read-organisation.js";
import { readProposals } from "./read-proposals.js";

const TYPES = new Map<string, DocumentType>(
  [ORGANISATION_DOCUMENT, CHAPTER_DOCUMENT, PROPOSAL_DOCUMENT, BALLOT_BOX_DOCUMENT].map((t) => [
    t.name,
    t as DocumentType,
  ]),
);
const located = (d: VoteBundleDocument): LocatedSnapshot => ({
  url: d.url,
  snapshot: snapshotDocument(TYPES.get(d.type)!, d.records),
});

function cache() {
  const ids = new Set<RecordId>();
  return { has: (id: RecordId) => ids.has(id), add: (id: RecordId) => void ids.add(id) };
}

describe("readProposals: closing and recording", () => {
  it("[P7] a proposal whose vote is closed and decided reads as recorded once its ballot boxes are given, and as voting without them", async () => {
    const { bundle } = await simulateVote(
      { voters: 12, rule: "majority", chapters: 1, seed: "stage" },
      globalThis.crypto.subtle,
    );
    const of = (type: string) => bundle.documents.filter((d) => d.type === type);
    const proposalDoc = of("proposal")[0]!;
    const creation = parseRecord(Object.values(proposalDoc.records["origin"]!)[0]!);
    if (!isParsed(creation)) throw new Error("the simulated proposal does not parse");
    const chapter = (creation.envelope.body as { chapter: ChapterId }).chapter;
    const input = (boxes: readonly VoteBundleDocument[]) => ({
      organisation: { organisation: located(of("organisation")[0]!), chapters: of("chapter").map(located) },
      chapter,
      proposal: { id: bundle.vote.proposal, document: located(proposalDoc), boxes: boxes.map(located) },
    });
    const verifier = await createVerifier();

    const without = await readProposals(input([]), verifier, cache());
    expect(without.index.map((e) => e.id)).toEqual([bundle.vote.proposal]);
    const pending = without.proposal?.found === true ? without.proposal.detail : undefined;
    expect(pending?.stage).toBe("voting");
    expect(pending?.vote).toMatchObject({ open: bundle.vote.open, closeHeld: true });
    expect([...pending!.vote!.boxes].sort()).toEqual(
      of("ballot-box")
        .map((d) => d.url)
        .sort(),
    );

    const withBoxes = await readProposals(input(of("ballot-box")), verifier, cache());
    expect(withBoxes.proposal?.found === true ? withBoxes.proposal.detail.stage : undefined).toBe("recorded");
  });
});
