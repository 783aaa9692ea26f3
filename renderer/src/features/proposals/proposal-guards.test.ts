import {
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  snapshotDocument,
  type ChapterId,
  type DocumentUrl,
} from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import { isProposalSnapshots, isProposalsReadResult } from "./proposal-guards.js";
import type { ProposalSnapshots } from "./proposal-snapshots.js";
import { detail } from "./test-helpers/proposal-fixture.js";

const input: ProposalSnapshots = {
  organisation: {
    organisation: {
      url: "automerge:org1" as DocumentUrl,
      snapshot: snapshotDocument(ORGANISATION_DOCUMENT, { chapters: { a: "not a record" } }),
    },
    chapters: [
      {
        url: "automerge:chapter1" as DocumentUrl,
        snapshot: snapshotDocument(CHAPTER_DOCUMENT, { proposals: {} }),
      },
    ],
  },
  chapter: "c" as ChapterId,
  proposal: null,
};

describe("the guards of proposal reads at the worker's edges", () => {
  it("[D5] accept a request and an answer after structured cloning, as postMessage delivers them", () => {
    expect(isProposalSnapshots(structuredClone(input))).toBe(true);
    const withProposal = {
      ...input,
      proposal: { id: detail.id, document: input.organisation.chapters[0]!, boxes: [] },
    };
    expect(isProposalSnapshots(structuredClone(withProposal))).toBe(true);
    const answer = {
      index: [],
      proposal: { found: true, detail },
      document: { maps: {}, verified: {}, records: [], rejections: [] },
    };
    expect(isProposalsReadResult(structuredClone(answer))).toBe(true);
    expect(
      isProposalsReadResult({ index: [], proposal: { found: false, why: "not here yet" }, document: null }),
    ).toBe(true);
  });

  it("[D5] refuse a request with a malformed snapshot, chapter or proposal, and a malformed answer", () => {
    const badCandidate = structuredClone(input) as unknown as {
      organisation: { chapters: { snapshot: { maps: { candidates: unknown[] }[] } }[] };
    };
    badCandidate.organisation.chapters[0]!.snapshot.maps[0]!.candidates.push({ key: "x", text: 1 });
    for (const bad of [
      badCandidate,
      { ...input, chapter: 7 },
      { ...input, proposal: { id: "p" } },
      { ...input, organisation: { organisation: null, chapters: [] } },
      null,
      [],
    ]) {
      expect(isProposalSnapshots(bad)).toBe(false);
    }
    for (const bad of [
      { index: {}, proposal: null, document: null },
      { index: [], proposal: { found: true }, document: null },
      { index: [], proposal: null, document: { maps: {} } },
    ]) {
      expect(isProposalsReadResult(bad)).toBe(false);
    }
  });
});
